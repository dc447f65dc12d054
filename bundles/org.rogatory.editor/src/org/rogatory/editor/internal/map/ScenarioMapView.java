package org.rogatory.editor.internal.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.accessibility.AccessibleAdapter;
import org.eclipse.swt.accessibility.AccessibleEvent;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.rogatory.editor.internal.EditorTrackingView;
import org.rogatory.editor.internal.editor.ScenarioEditor;
import org.rogatory.editor.internal.editor.TreeMenu;
import org.rogatory.model.scenario.DecisionPoint;
import org.rogatory.model.scenario.Pack;
import org.rogatory.model.scenario.Scenario;

/**
 * A map of the scenario in the active editor: decision points as boxes, an arrow for every way an action opens
 * another point, the start drawn bold and unreachable points in red in a last column. Click a box, or move with the
 * arrow keys and press Enter, to select that decision point in the editor. The context menu (right-click a box, or
 * Shift+F10 on the focused one) starts a trial there: Test from Here, or Test Scenario from the start.
 */
public class ScenarioMapView extends EditorTrackingView {

    private Canvas canvas;
    private ScrolledComposite scroller;
    private MapLayout layout = MapLayout.of(null);
    private Scenario scenario;
    private DecisionPoint focused;

    @Override
    public void createPartControl(Composite parent) {
        scroller = new ScrolledComposite(parent, SWT.H_SCROLL | SWT.V_SCROLL);
        canvas = new Canvas(scroller, SWT.DOUBLE_BUFFERED);
        scroller.setContent(canvas);
        canvas.addPaintListener(event -> paint(event.gc));
        canvas.addListener(SWT.MouseDown, this::clicked);
        MenuManager menu = new MenuManager();
        menu.setRemoveAllWhenShown(true);
        menu.addMenuListener(manager -> {
            ScenarioEditor editor = editor();
            if (editor != null) {
                TreeMenu.trialActions(editor, focused == null ? scenario : focused).forEach(manager::add);
            }
        });
        canvas.setMenu(menu.createContextMenu(canvas));
        canvas.addListener(SWT.KeyDown, this::key);
        canvas.addListener(SWT.Traverse, event -> event.doit = event.detail != SWT.TRAVERSE_RETURN);
        canvas.getAccessible().addAccessibleListener(new AccessibleAdapter() {
            @Override
            public void getName(AccessibleEvent e) {
                e.result = description();
            }
        });
        startTracking();
    }

    @Override
    public void documentChanged(ScenarioEditor current) {
        if (canvas == null || canvas.isDisposed()) {
            return;
        }
        EObject root = current == null ? null : current.getDocument().root();
        scenario = root instanceof Scenario s ? s
                : root instanceof Pack pack && !pack.getScenarios().isEmpty() ? pack.getScenarios().get(0) : null;
        layout = MapLayout.of(scenario);
        if (focused != null && !layout.boxes().containsKey(focused)) {
            focused = null;
        }
        Rectangle extent = new Rectangle(0, 0, 0, 0);
        layout.boxes().values().forEach(box -> extent.add(box));
        canvas.setSize(extent.x + extent.width + MapLayout.MARGIN, extent.y + extent.height + MapLayout.MARGIN);
        setContentDescription(description());
        canvas.redraw();
    }

    /** What the map shows, in words: the content description and the accessible name. */
    private String description() {
        if (scenario == null) {
            return Messages.Map_noScenario;
        }
        String summary = NLS.bind(Messages.Map_summary, new Object[] { scenario.getTitle(), layout.boxes().size(),
                layout.ways().size(), layout.unreachable().size() });
        return focused == null ? summary : summary + " " + NLS.bind(Messages.Map_focused, focused.getTitle()); //$NON-NLS-1$
    }

    private void paint(GC gc) {
        Display display = canvas.getDisplay();
        gc.setAntialias(SWT.ON);
        gc.setForeground(display.getSystemColor(SWT.COLOR_DARK_GRAY));
        for (MapLayout.Way way : layout.ways()) {
            Rectangle from = layout.boxes().get(way.from());
            Rectangle to = layout.boxes().get(way.to());
            if (from != null && to != null) {
                arrow(gc, from, to);
            }
        }
        for (Map.Entry<DecisionPoint, Rectangle> entry : layout.boxes().entrySet()) {
            DecisionPoint point = entry.getKey();
            Rectangle box = entry.getValue();
            boolean unreachable = layout.unreachable().contains(point);
            gc.setBackground(display.getSystemColor(point == focused ? SWT.COLOR_LIST_SELECTION
                    : SWT.COLOR_LIST_BACKGROUND));
            gc.fillRoundRectangle(box.x, box.y, box.width, box.height, 8, 8);
            // Unreachable points: a red dashed frame, so the text stays readable and colour is not the only sign.
            gc.setForeground(display.getSystemColor(unreachable ? SWT.COLOR_RED : SWT.COLOR_LIST_FOREGROUND));
            gc.setLineStyle(unreachable ? SWT.LINE_DASH : SWT.LINE_SOLID);
            gc.setLineWidth(point == scenario.getStart() || unreachable ? 3 : 1);
            gc.drawRoundRectangle(box.x, box.y, box.width, box.height, 8, 8);
            gc.setLineStyle(SWT.LINE_SOLID);
            gc.setLineWidth(1);
            gc.setForeground(display.getSystemColor(point == focused ? SWT.COLOR_LIST_SELECTION_TEXT
                    : SWT.COLOR_LIST_FOREGROUND));
            gc.drawText(fit(gc, point.getTitle() == null ? point.getId() : point.getTitle(), box.width - 10),
                    box.x + 5, box.y + 5, true);
            String second = NLS.bind(Messages.Map_actions, point.getActions().size());
            gc.drawText(fit(gc, unreachable ? NLS.bind(Messages.Map_unreachable, second) : second, box.width - 10),
                    box.x + 5, box.y + box.height / 2 + 2, true);
            gc.setForeground(display.getSystemColor(SWT.COLOR_DARK_GRAY));
        }
    }

    private static void arrow(GC gc, Rectangle from, Rectangle to) {
        boolean forward = to.x > from.x;
        int x1 = forward ? from.x + from.width : from.x + from.width / 2;
        int y1 = forward ? from.y + from.height / 2 : from.y + from.height;
        int x2 = forward ? to.x : to.x + to.width / 2;
        int y2 = forward ? to.y + to.height / 2 : (to.y > from.y ? to.y : to.y + to.height);
        gc.drawLine(x1, y1, x2, y2);
        double angle = Math.atan2(y2 - y1, x2 - x1);
        int size = 8;
        int[] head = { x2, y2, (int) (x2 - size * Math.cos(angle - 0.4)), (int) (y2 - size * Math.sin(angle - 0.4)),
                (int) (x2 - size * Math.cos(angle + 0.4)), (int) (y2 - size * Math.sin(angle + 0.4)) };
        gc.setBackground(gc.getForeground());
        gc.fillPolygon(head);
    }

    private static String fit(GC gc, String text, int width) {
        String result = text == null ? "" : text; //$NON-NLS-1$
        while (result.length() > 1 && gc.textExtent(result).x > width) {
            result = result.substring(0, result.length() - 2) + "\u2026"; //$NON-NLS-1$
        }
        return result;
    }

    private void clicked(Event event) {
        DecisionPoint point = layout.at(event.x, event.y);
        if (point != null) {
            focus(point);
            if (event.button == 1) {
                open();
            }
        }
    }

    private void key(Event event) {
        List<DecisionPoint> order = new ArrayList<>(layout.boxes().keySet());
        if (order.isEmpty()) {
            return;
        }
        int index = focused == null ? -1 : order.indexOf(focused);
        if (event.keyCode == SWT.ARROW_DOWN || event.keyCode == SWT.ARROW_RIGHT) {
            focus(order.get(Math.min(order.size() - 1, index + 1)));
        } else if (event.keyCode == SWT.ARROW_UP || event.keyCode == SWT.ARROW_LEFT) {
            focus(order.get(Math.max(0, index - 1)));
        } else if (event.character == SWT.CR) {
            open();
        }
    }

    private void focus(DecisionPoint point) {
        focused = point;
        Rectangle box = layout.boxes().get(point);
        Point origin = scroller.getOrigin();
        Rectangle visible = scroller.getClientArea();
        if (!new Rectangle(origin.x, origin.y, visible.width, visible.height).contains(box.x, box.y)) {
            scroller.setOrigin(box.x - MapLayout.MARGIN, box.y - MapLayout.MARGIN);
        }
        setContentDescription(description());
        canvas.redraw();
    }

    /** Selects the focused decision point in the editor. */
    private void open() {
        ScenarioEditor editor = editor();
        if (editor != null && focused != null) {
            getSite().getPage().activate(editor);
            editor.select(focused);
        }
    }

    /** The decision point the author has focused on the map (Test from Here starts there), or {@code null}. */
    public DecisionPoint getFocused() {
        return focused;
    }

    /** Focuses a decision point as a click would, without leaving the map; for tests and keyboard users. */
    public void setFocused(DecisionPoint point) {
        if (layout.boxes().containsKey(point)) {
            focus(point);
        }
    }

    /** The current layout, for tests. */
    public MapLayout getLayout() {
        return layout;
    }

    @Override
    public void setFocus() {
        canvas.setFocus();
    }
}
