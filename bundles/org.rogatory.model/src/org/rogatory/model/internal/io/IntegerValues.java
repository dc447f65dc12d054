package org.rogatory.model.internal.io;

import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EFactory;
import org.eclipse.emf.ecore.util.ExtendedMetaData;
import org.rogatory.model.scenario.ScenarioFactory;
import org.rogatory.model.scenario.ScenarioPackage;

/**
 * Reads the values of the format's integer data types ({@code Minutes}, {@code Days}, {@code Months}, {@code Weight})
 * the way EMF's generated factory does, without its reflection. For such a type the factory ends in
 * {@code EFactoryImpl.createFromString}, which looks up {@code Integer(String)} by reflection and calls it for every
 * value, about a million times per large pack. The result is the same {@code int}, and a value that is not a number
 * fails with the same exception and message. Only types that the factory treats this way qualify: declared with
 * instance class {@code int}, with no conversion delegate and no XML Schema facets that change the text first.
 */
final class IntegerValues {

    /** The data types read here; everything else goes to the factory. */
    private static final Set<EDataType> TYPES = ScenarioPackage.eINSTANCE.getEClassifiers().stream()
            .filter(EDataType.class::isInstance).map(EDataType.class::cast).filter(IntegerValues::plainInt)
            .collect(Collectors.toUnmodifiableSet());

    private IntegerValues() {
    }

    private static boolean plainInt(EDataType type) {
        ExtendedMetaData metaData = ExtendedMetaData.INSTANCE;
        int whiteSpace = metaData.getWhiteSpaceFacet(type);
        return !(type instanceof EEnum) && type.getInstanceClass() == int.class
                && ((EDataType.Internal) type).getConversionDelegate() == null
                && (whiteSpace == ExtendedMetaData.UNSPECIFIED_WHITE_SPACE
                        || whiteSpace == ExtendedMetaData.PRESERVE_WHITE_SPACE)
                && metaData.getBaseType(type) == null && metaData.getItemType(type) == null
                && metaData.getMemberTypes(type).isEmpty();
    }

    /**
     * Whether a value of this type, made by this factory, is read here.
     *
     * @param factory the factory EMF would ask
     * @param type the value's data type
     * @return {@code true} for the scenario factory and one of its plain integer types
     */
    static boolean handles(EFactory factory, EDataType type) {
        return factory == ScenarioFactory.eINSTANCE && TYPES.contains(type);
    }

    /**
     * Reads a value as the factory would.
     *
     * @param text the attribute's text, not {@code null}
     * @return the number
     * @throws IllegalArgumentException as the factory throws it, with the same message, if the text is not a number
     */
    static Integer parse(String text) {
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("The value '" + text + "' is invalid. " + e, e); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    /** The data types read here, for tests. */
    static Set<EDataType> types() {
        return TYPES;
    }
}
