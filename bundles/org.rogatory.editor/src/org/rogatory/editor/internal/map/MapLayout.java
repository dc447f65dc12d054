package org.rogatory.editor.internal.map;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.graphics.Rectangle;
import org.rogatory.model.query.ScenarioQuery;
import org.rogatory.model.scenario.Action;
import org.rogatory.model.scenario.DecisionPoint;
import org.rogatory.model.scenario.Scenario;

/**
 * Places a scenario's decision points in columns by how many decisions it takes to reach them from the start (the
 * start alone in the first column); points no way leads to get a last column of their own, so an author sees at once
 * what a trainee can never reach.
 *
 * @param boxes each decision point's box, in reading order (column by column)
 * @param ways each way from a decision point to one it opens, through one of its actions
 * @param unreachable the points no way leads to
 */
public record MapLayout(Map<DecisionPoint, Rectangle> boxes, List<Way> ways, List<DecisionPoint> unreachable) {

    static final int WIDTH = 150;
    static final int HEIGHT = 44;
    static final int COLUMN_GAP = 50;
    static final int ROW_GAP = 18;
    static final int MARGIN = 12;

    /**
     * One arrow of the map.
     *
     * @param from the decision point the action belongs to
     * @param action the action whose choice opens {@code to}
     * @param to the decision point opened
     */
    public record Way(DecisionPoint from, Action action, DecisionPoint to) {
    }

    /** Lays out {@code scenario}; an empty layout for {@code null}. */
    public static MapLayout of(Scenario scenario) {
        if (scenario == null) {
            return new MapLayout(Map.of(), List.of(), List.of());
        }
        List<Way> ways = new ArrayList<>();
        for (DecisionPoint point : scenario.getDecisionPoints()) {
            for (Action action : point.getActions()) {
                for (DecisionPoint opened : ScenarioQuery.opensFrom(action)) {
                    ways.add(new Way(point, action, opened));
                }
            }
        }
        Map<DecisionPoint, Integer> depth = depths(scenario, ways);
        List<DecisionPoint> unreachable = scenario.getDecisionPoints().stream()
                .filter(p -> !depth.containsKey(p)).toList();
        int lastColumn = depth.values().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
        unreachable.forEach(p -> depth.put(p, lastColumn));
        Map<Integer, Integer> rows = new HashMap<>();
        Map<DecisionPoint, Rectangle> boxes = new LinkedHashMap<>();
        for (int column = 0; column <= lastColumn; column++) {
            for (DecisionPoint point : scenario.getDecisionPoints()) {
                if (depth.get(point) == column) {
                    int row = rows.merge(column, 1, Integer::sum) - 1;
                    boxes.put(point, new Rectangle(MARGIN + column * (WIDTH + COLUMN_GAP),
                            MARGIN + row * (HEIGHT + ROW_GAP), WIDTH, HEIGHT));
                }
            }
        }
        return new MapLayout(boxes, ways, unreachable);
    }

    private static Map<DecisionPoint, Integer> depths(Scenario scenario, List<Way> ways) {
        Map<DecisionPoint, Integer> depth = new HashMap<>();
        DecisionPoint start = scenario.getStart();
        if (start == null || !scenario.getDecisionPoints().contains(start)) {
            return depth;
        }
        Deque<DecisionPoint> queue = new ArrayDeque<>();
        depth.put(start, 0);
        queue.add(start);
        while (!queue.isEmpty()) {
            DecisionPoint point = queue.remove();
            for (Way way : ways) {
                if (way.from() == point && !depth.containsKey(way.to()) && scenario.getDecisionPoints().contains(way.to())) {
                    depth.put(way.to(), depth.get(point) + 1);
                    queue.add(way.to());
                }
            }
        }
        return depth;
    }

    /** The decision point whose box holds the point, or {@code null}. */
    public DecisionPoint at(int x, int y) {
        return boxes.entrySet().stream().filter(e -> e.getValue().contains(x, y)).map(Map.Entry::getKey)
                .findFirst().orElse(null);
    }
}
