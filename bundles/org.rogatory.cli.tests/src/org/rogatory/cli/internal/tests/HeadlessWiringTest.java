package org.rogatory.cli.internal.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;
import org.rogatory.cli.internal.Cli;

/**
 * The build refuses a UI dependency in a headless bundle's own manifest. This test closes the remaining gap: a UI
 * bundle reached indirectly, through anything the command line wires to at run time (engine, treaty, model and their
 * libraries).
 */
class HeadlessWiringTest {

    private static final List<String> UI_PREFIXES = List.of("org.eclipse.swt", "org.eclipse.jface", "org.eclipse.ui",
            "org.eclipse.e4.ui");

    @Test
    void commandLineReachesNoUiBundle() {
        Bundle cli = FrameworkUtil.getBundle(Cli.class);
        assertNotNull(cli, "the command line must run inside OSGi for this test");
        Set<String> uiBundles = new TreeSet<>();
        for (Bundle bundle : wiringClosure(cli)) {
            String name = bundle.getSymbolicName();
            if (UI_PREFIXES.stream().anyMatch(name::startsWith)) {
                uiBundles.add(name);
            }
        }
        assertEquals(Set.of(), uiBundles, "the headless command line wires to UI bundles");
    }

    private static Set<Bundle> wiringClosure(Bundle root) {
        Set<Bundle> seen = new HashSet<>();
        Deque<Bundle> todo = new ArrayDeque<>(List.of(root));
        while (!todo.isEmpty()) {
            Bundle bundle = todo.pop();
            BundleWiring wiring = bundle.adapt(BundleWiring.class);
            if (!seen.add(bundle) || wiring == null) {
                continue;
            }
            for (BundleWire wire : wiring.getRequiredWires(null)) {
                todo.push(wire.getProvider().getBundle());
            }
        }
        return seen;
    }
}
