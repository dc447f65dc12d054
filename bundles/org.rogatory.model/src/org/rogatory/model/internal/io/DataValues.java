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
 * Reads the values of the format's own text and integer data types ({@code Identifier}, {@code Key}, {@code Citation},
 * ..., {@code Minutes}, {@code Days}, ...) the way EMF's generated factory does, without its reflection. For such a type
 * the factory ends in {@code EFactoryImpl.createFromString}, which looks up the constructor {@code String(String)} or
 * {@code Integer(String)} by reflection and calls it, for about two million values in a large pack. The result is an
 * equal string (the text itself, so the loader's shared strings stay shared instead of being copied) or the same
 * {@code int}, and a text that is not a number fails with the same exception and message. Only types that the factory
 * treats this way qualify: instance class {@code String} or {@code int}, no conversion delegate, and no XML Schema
 * facets that change the text first (white space, base, item or member types).
 */
final class DataValues {

    /** The data types read here; everything else goes to the factory. */
    private static final Set<EDataType> TYPES = ScenarioPackage.eINSTANCE.getEClassifiers().stream()
            .filter(EDataType.class::isInstance).map(EDataType.class::cast).filter(DataValues::plain)
            .collect(Collectors.toUnmodifiableSet());

    private DataValues() {
    }

    private static boolean plain(EDataType type) {
        ExtendedMetaData metaData = ExtendedMetaData.INSTANCE;
        int whiteSpace = metaData.getWhiteSpaceFacet(type);
        Class<?> instanceClass = type.getInstanceClass();
        return !(type instanceof EEnum) && (instanceClass == int.class || instanceClass == String.class)
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
     * @return {@code true} for the scenario factory and one of its plain text or integer types
     */
    static boolean handles(EFactory factory, EDataType type) {
        return factory == ScenarioFactory.eINSTANCE && TYPES.contains(type);
    }

    /**
     * Reads a value as the factory would.
     *
     * @param type one of the types {@linkplain #handles handled} here
     * @param text the attribute's text, not {@code null}
     * @return the text itself, or the number
     * @throws IllegalArgumentException as the factory throws it, with the same message, if a number is not one
     */
    static Object read(EDataType type, String text) {
        if (type.getInstanceClass() == String.class) {
            return text;
        }
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
