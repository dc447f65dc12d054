package org.rogatory.ui.internal;

import org.eclipse.swt.accessibility.ACC;
import org.eclipse.swt.accessibility.AccessibleAdapter;
import org.eclipse.swt.accessibility.AccessibleEvent;
import org.eclipse.swt.widgets.Control;

/**
 * Gives controls that have no label of their own the name a screen reader announces. Every view of the workbench uses
 * it for its tables, trees and read-only texts.
 */
public final class Accessibility {

    private Accessibility() {
    }

    /**
     * Names a control for assistive technology.
     *
     * @param control the control
     * @param name what a screen reader announces
     */
    public static void name(Control control, String name) {
        control.getAccessible().addAccessibleListener(new AccessibleAdapter() {
            @Override
            public void getName(AccessibleEvent e) {
                if (e.childID == ACC.CHILDID_SELF) {
                    e.result = name;
                }
            }
        });
    }
}
