/**
 */
package org.rogatory.treaty.model.util;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;

import org.eclipse.emf.ecore.EObject;

import org.rogatory.treaty.model.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Adapter Factory</b> for the model.
 * It provides an adapter <code>createXXX</code> method for each class of the model.
 * <!-- end-user-doc -->
 * @see org.rogatory.treaty.model.TreatyPackage
 * @generated
 */
public class TreatyAdapterFactory extends AdapterFactoryImpl {
	/**
	 * The cached model package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static TreatyPackage modelPackage;

	/**
	 * Creates an instance of the adapter factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TreatyAdapterFactory() {
		if (modelPackage == null) {
			modelPackage = TreatyPackage.eINSTANCE;
		}
	}

	/**
	 * Returns whether this factory is applicable for the type of the object.
	 * <!-- begin-user-doc -->
	 * This implementation returns <code>true</code> if the object is either the model's package or is an instance object of the model.
	 * <!-- end-user-doc -->
	 * @return whether this factory is applicable for the type of the object.
	 * @generated
	 */
	@Override
	public boolean isFactoryForType(Object object) {
		if (object == modelPackage) {
			return true;
		}
		if (object instanceof EObject) {
			return ((EObject)object).eClass().getEPackage() == modelPackage;
		}
		return false;
	}

	/**
	 * The switch that delegates to the <code>createXXX</code> methods.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TreatySwitch<Adapter> modelSwitch =
		new TreatySwitch<Adapter>() {
			@Override
			public Adapter caseConvention(Convention object) {
				return createConventionAdapter();
			}
			@Override
			public Adapter caseChapter(Chapter object) {
				return createChapterAdapter();
			}
			@Override
			public Adapter caseArticle(Article object) {
				return createArticleAdapter();
			}
			@Override
			public Adapter caseProvision(Provision object) {
				return createProvisionAdapter();
			}
			@Override
			public Adapter caseChannel(Channel object) {
				return createChannelAdapter();
			}
			@Override
			public Adapter caseChannelUse(ChannelUse object) {
				return createChannelUseAdapter();
			}
			@Override
			public Adapter caseRequestContentSet(RequestContentSet object) {
				return createRequestContentSetAdapter();
			}
			@Override
			public Adapter caseRequestElement(RequestElement object) {
				return createRequestElementAdapter();
			}
			@Override
			public Adapter caseRefusalGround(RefusalGround object) {
				return createRefusalGroundAdapter();
			}
			@Override
			public Adapter caseBudapestCounterpart(BudapestCounterpart object) {
				return createBudapestCounterpartAdapter();
			}
			@Override
			public Adapter caseInstrument(Instrument object) {
				return createInstrumentAdapter();
			}
			@Override
			public Adapter caseFact(Fact object) {
				return createFactAdapter();
			}
			@Override
			public Adapter caseDeclarationTopic(DeclarationTopic object) {
				return createDeclarationTopicAdapter();
			}
			@Override
			public Adapter defaultCase(EObject object) {
				return createEObjectAdapter();
			}
		};

	/**
	 * Creates an adapter for the <code>target</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param target the object to adapt.
	 * @return the adapter for the <code>target</code>.
	 * @generated
	 */
	@Override
	public Adapter createAdapter(Notifier target) {
		return modelSwitch.doSwitch((EObject)target);
	}


	/**
	 * Creates a new adapter for an object of class '{@link org.rogatory.treaty.model.Convention <em>Convention</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.rogatory.treaty.model.Convention
	 * @generated
	 */
	public Adapter createConventionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.rogatory.treaty.model.Chapter <em>Chapter</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.rogatory.treaty.model.Chapter
	 * @generated
	 */
	public Adapter createChapterAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.rogatory.treaty.model.Article <em>Article</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.rogatory.treaty.model.Article
	 * @generated
	 */
	public Adapter createArticleAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.rogatory.treaty.model.Provision <em>Provision</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.rogatory.treaty.model.Provision
	 * @generated
	 */
	public Adapter createProvisionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.rogatory.treaty.model.Channel <em>Channel</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.rogatory.treaty.model.Channel
	 * @generated
	 */
	public Adapter createChannelAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.rogatory.treaty.model.ChannelUse <em>Channel Use</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.rogatory.treaty.model.ChannelUse
	 * @generated
	 */
	public Adapter createChannelUseAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.rogatory.treaty.model.RequestContentSet <em>Request Content Set</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.rogatory.treaty.model.RequestContentSet
	 * @generated
	 */
	public Adapter createRequestContentSetAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.rogatory.treaty.model.RequestElement <em>Request Element</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.rogatory.treaty.model.RequestElement
	 * @generated
	 */
	public Adapter createRequestElementAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.rogatory.treaty.model.RefusalGround <em>Refusal Ground</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.rogatory.treaty.model.RefusalGround
	 * @generated
	 */
	public Adapter createRefusalGroundAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.rogatory.treaty.model.BudapestCounterpart <em>Budapest Counterpart</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.rogatory.treaty.model.BudapestCounterpart
	 * @generated
	 */
	public Adapter createBudapestCounterpartAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.rogatory.treaty.model.Instrument <em>Instrument</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.rogatory.treaty.model.Instrument
	 * @generated
	 */
	public Adapter createInstrumentAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.rogatory.treaty.model.Fact <em>Fact</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.rogatory.treaty.model.Fact
	 * @generated
	 */
	public Adapter createFactAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.rogatory.treaty.model.DeclarationTopic <em>Declaration Topic</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.rogatory.treaty.model.DeclarationTopic
	 * @generated
	 */
	public Adapter createDeclarationTopicAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for the default case.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @generated
	 */
	public Adapter createEObjectAdapter() {
		return null;
	}

} //TreatyAdapterFactory
