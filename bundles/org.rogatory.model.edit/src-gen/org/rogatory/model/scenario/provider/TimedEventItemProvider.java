/**
 */
package org.rogatory.model.scenario.provider;


import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

import org.rogatory.model.scenario.ScenarioFactory;
import org.rogatory.model.scenario.ScenarioPackage;
import org.rogatory.model.scenario.TimedEvent;

/**
 * This is the item provider adapter for a {@link org.rogatory.model.scenario.TimedEvent} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class TimedEventItemProvider extends IdentifiedItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TimedEventItemProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	/**
	 * This returns the property descriptors for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object) {
		if (itemPropertyDescriptors == null) {
			super.getPropertyDescriptors(object);

			addTitlePropertyDescriptor(object);
			addNarrativePropertyDescriptor(object);
			addAtPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Title feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTitlePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_TimedEvent_title_feature"), //$NON-NLS-1$
				 getString("_UI_PropertyDescriptor_description", "_UI_TimedEvent_title_feature", "_UI_TimedEvent_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				 ScenarioPackage.Literals.TIMED_EVENT__TITLE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Narrative feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addNarrativePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_TimedEvent_narrative_feature"), //$NON-NLS-1$
				 getString("_UI_PropertyDescriptor_description", "_UI_TimedEvent_narrative_feature", "_UI_TimedEvent_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				 ScenarioPackage.Literals.TIMED_EVENT__NARRATIVE,
				 true,
				 true,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the At feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addAtPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_TimedEvent_at_feature"), //$NON-NLS-1$
				 getString("_UI_PropertyDescriptor_description", "_UI_TimedEvent_at_feature", "_UI_TimedEvent_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				 ScenarioPackage.Literals.TIMED_EVENT__AT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This specifies how to implement {@link #getChildren} and is used to deduce an appropriate feature for an
	 * {@link org.eclipse.emf.edit.command.AddCommand}, {@link org.eclipse.emf.edit.command.RemoveCommand} or
	 * {@link org.eclipse.emf.edit.command.MoveCommand} in {@link #createCommand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Collection<? extends EStructuralFeature> getChildrenFeatures(Object object) {
		if (childrenFeatures == null) {
			super.getChildrenFeatures(object);
			childrenFeatures.add(ScenarioPackage.Literals.TIMED_EVENT__WHEN);
			childrenFeatures.add(ScenarioPackage.Literals.TIMED_EVENT__CONSEQUENCES);
		}
		return childrenFeatures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EStructuralFeature getChildFeature(Object object, Object child) {
		// Check the type of the specified child object and return the proper feature to use for
		// adding (see {@link AddCommand}) it as a child.

		return super.getChildFeature(object, child);
	}

	/**
	 * This returns TimedEvent.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/TimedEvent")); //$NON-NLS-1$
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected boolean shouldComposeCreationImage() {
		return true;
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((TimedEvent)object).getId();
		return label == null || label.length() == 0 ?
			getString("_UI_TimedEvent_type") : //$NON-NLS-1$
			getString("_UI_TimedEvent_type") + " " + label; //$NON-NLS-1$ //$NON-NLS-2$
	}


	/**
	 * This handles model notifications by calling {@link #updateChildren} to update any cached
	 * children and by creating a viewer notification, which it passes to {@link #fireNotifyChanged}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void notifyChanged(Notification notification) {
		updateChildren(notification);

		switch (notification.getFeatureID(TimedEvent.class)) {
			case ScenarioPackage.TIMED_EVENT__TITLE:
			case ScenarioPackage.TIMED_EVENT__NARRATIVE:
			case ScenarioPackage.TIMED_EVENT__AT:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case ScenarioPackage.TIMED_EVENT__WHEN:
			case ScenarioPackage.TIMED_EVENT__CONSEQUENCES:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), true, false));
				return;
		}
		super.notifyChanged(notification);
	}

	/**
	 * This adds {@link org.eclipse.emf.edit.command.CommandParameter}s describing the children
	 * that can be created under this object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected void collectNewChildDescriptors(Collection<Object> newChildDescriptors, Object object) {
		super.collectNewChildDescriptors(newChildDescriptors, object);

		newChildDescriptors.add
			(createChildParameter
				(ScenarioPackage.Literals.TIMED_EVENT__WHEN,
				 ScenarioFactory.eINSTANCE.createConditionGroup()));

		newChildDescriptors.add
			(createChildParameter
				(ScenarioPackage.Literals.TIMED_EVENT__WHEN,
				 ScenarioFactory.eINSTANCE.createEvidenceStatusCondition()));

		newChildDescriptors.add
			(createChildParameter
				(ScenarioPackage.Literals.TIMED_EVENT__WHEN,
				 ScenarioFactory.eINSTANCE.createAssetStatusCondition()));

		newChildDescriptors.add
			(createChildParameter
				(ScenarioPackage.Literals.TIMED_EVENT__WHEN,
				 ScenarioFactory.eINSTANCE.createActionTakenCondition()));

		newChildDescriptors.add
			(createChildParameter
				(ScenarioPackage.Literals.TIMED_EVENT__WHEN,
				 ScenarioFactory.eINSTANCE.createTimeCondition()));

		newChildDescriptors.add
			(createChildParameter
				(ScenarioPackage.Literals.TIMED_EVENT__WHEN,
				 ScenarioFactory.eINSTANCE.createFlagCondition()));

		newChildDescriptors.add
			(createChildParameter
				(ScenarioPackage.Literals.TIMED_EVENT__WHEN,
				 ScenarioFactory.eINSTANCE.createRequestIncludesCondition()));

		newChildDescriptors.add
			(createChildParameter
				(ScenarioPackage.Literals.TIMED_EVENT__CONSEQUENCES,
				 ScenarioFactory.eINSTANCE.createEvidenceStatusChange()));

		newChildDescriptors.add
			(createChildParameter
				(ScenarioPackage.Literals.TIMED_EVENT__CONSEQUENCES,
				 ScenarioFactory.eINSTANCE.createAssetStatusChange()));

		newChildDescriptors.add
			(createChildParameter
				(ScenarioPackage.Literals.TIMED_EVENT__CONSEQUENCES,
				 ScenarioFactory.eINSTANCE.createReveal()));

		newChildDescriptors.add
			(createChildParameter
				(ScenarioPackage.Literals.TIMED_EVENT__CONSEQUENCES,
				 ScenarioFactory.eINSTANCE.createMessage()));

		newChildDescriptors.add
			(createChildParameter
				(ScenarioPackage.Literals.TIMED_EVENT__CONSEQUENCES,
				 ScenarioFactory.eINSTANCE.createSetFlag()));

		newChildDescriptors.add
			(createChildParameter
				(ScenarioPackage.Literals.TIMED_EVENT__CONSEQUENCES,
				 ScenarioFactory.eINSTANCE.createOpenDecisionPoint()));

		newChildDescriptors.add
			(createChildParameter
				(ScenarioPackage.Literals.TIMED_EVENT__CONSEQUENCES,
				 ScenarioFactory.eINSTANCE.createCloseDecisionPoint()));

		newChildDescriptors.add
			(createChildParameter
				(ScenarioPackage.Literals.TIMED_EVENT__CONSEQUENCES,
				 ScenarioFactory.eINSTANCE.createScoreEffect()));

		newChildDescriptors.add
			(createChildParameter
				(ScenarioPackage.Literals.TIMED_EVENT__CONSEQUENCES,
				 ScenarioFactory.eINSTANCE.createEndScenario()));
	}

}
