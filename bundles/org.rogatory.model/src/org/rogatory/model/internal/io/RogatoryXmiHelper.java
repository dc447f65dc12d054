package org.rogatory.model.internal.io;

import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EFactory;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIHelperImpl;

/**
 * EMF's XMI helper, reading the format's text and integer values without reflection ({@link DataValues}). Every other
 * value is made by the factory as before. The loader never sets extended metadata, so EMF's after-step for QNames does
 * not apply to the values read here (and would leave a string or a number alone anyway).
 */
final class RogatoryXmiHelper extends XMIHelperImpl {

    RogatoryXmiHelper(XMLResource resource) {
        super(resource);
    }

    @Override
    protected Object createFromString(EFactory eFactory, EDataType eDataType, String value) {
        if (value != null && extendedMetaData == null && DataValues.handles(eFactory, eDataType)) {
            return DataValues.read(eDataType, value);
        }
        return super.createFromString(eFactory, eDataType, value);
    }
}
