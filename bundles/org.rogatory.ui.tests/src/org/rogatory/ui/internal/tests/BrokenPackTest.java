package org.rogatory.ui.internal.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.core.runtime.spi.RegistryContributor;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rogatory.engine.Engine;
import org.rogatory.engine.packs.InstalledPacks;
import org.rogatory.ui.RogatoryUi;
import org.rogatory.ui.internal.play.CaseCatalog;
import org.rogatory.ui.internal.play.CaseCatalog.PackEntry;
import org.rogatory.ui.internal.views.CaseLibraryView;

/**
 * A broken pack next to a good one: the library lists the broken one with problems that name the file and the fix,
 * and the good one stays playable.
 */
@ExtendWith(ScreenshotOnFailure.class)
class BrokenPackTest {

    private static final Object MASTER = new Object();

    private IExtensionRegistry registry;

    @AfterEach
    void stop() {
        if (registry != null) {
            registry.stop(MASTER);
        }
    }

    private List<PackEntry> catalog() {
        registry = RegistryFactory.createRegistry(null, MASTER, null);
        contribute("org.rogatory.engine", "<extension-point id=\"packs\" name=\"Scenario Packs\"/>");
        contribute("org.rogatory.pack.essentials", "<extension point=\"org.rogatory.engine.packs\">"
                + "<pack id=\"essentials\" folder=\"pack\" builtIn=\"true\"/></extension>"
                + "<extension point=\"org.rogatory.engine.packs\"><pack id=\"broken\" folder=\"no-such-folder\"/>"
                + "</extension>");
        return CaseCatalog.load(Engine.standard(), InstalledPacks.read(registry), new NullProgressMonitor());
    }

    private void contribute(String bundle, String extensions) {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><plugin>" + extensions + "</plugin>";
        assertTrue(registry.addContribution(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)),
                new RegistryContributor(bundle, bundle, null, null), false, bundle, null, MASTER));
    }

    @Test
    void aBrokenPackIsListedWithItsProblemAndTheOthersStayPlayable() throws Exception {
        List<PackEntry> packs = catalog();

        assertEquals(List.of("essentials", "broken"), packs.stream().map(PackEntry::id).toList());
        assertTrue(packs.get(0).playable());
        assertEquals(6, packs.get(0).cases().size());
        PackEntry broken = packs.get(1);
        assertFalse(broken.playable());
        String problem = String.join("\n", broken.problems());
        assertTrue(problem.contains("no-such-folder/pack.rogatory"), problem);

        CaseLibraryView library = (CaseLibraryView) PlatformUI.getWorkbench().getActiveWorkbenchWindow()
                .getActivePage().showView(RogatoryUi.CASE_LIBRARY_VIEW_ID);
        library.catalogChanged(packs);
        TreeItem[] roots = library.getViewer().getTree().getItems();
        assertEquals(2, roots.length);
        assertEquals(6, roots[0].getItemCount());
        assertTrue(roots[1].getItemCount() >= 1, "the broken pack shows its problems as children");
        assertTrue(roots[1].getItem(0).getText(0).contains("no-such-folder"), roots[1].getItem(0).getText(0));
        assertTrue(library.getMessage().startsWith("6 cases. 1 pack cannot be played: expand it to see why."),
                library.getMessage());
        library.catalogChanged(org.rogatory.ui.internal.play.CaseService.get().packs());
    }
}
