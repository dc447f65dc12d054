package org.rogatory.benchmarks.data;

import static org.rogatory.benchmarks.data.ModelKit.F;
import static org.rogatory.benchmarks.data.ModelKit.HOUR;
import static org.rogatory.benchmarks.data.ModelKit.after;
import static org.rogatory.benchmarks.data.ModelKit.anyOf;
import static org.rogatory.benchmarks.data.ModelKit.flagSet;
import static org.rogatory.benchmarks.data.ModelKit.not;
import static org.rogatory.benchmarks.data.ModelKit.taken;

import java.util.ArrayList;
import java.util.List;

import org.rogatory.model.scenario.Action;
import org.rogatory.model.scenario.CloseDecisionPoint;
import org.rogatory.model.scenario.DecisionPoint;
import org.rogatory.model.scenario.EndScenario;
import org.rogatory.model.scenario.OpenDecisionPoint;

/**
 * Lays out a synthetic case's decision points as a chain with side branches. Each point offers three or four actions:
 * a lawful step that moves the case on to the next point (and closes this one), a lawful alternative that opens the
 * next point later (offered once time has passed, the press has reported, or the previous point's step was taken), a
 * shortcut that breaches the Convention and warns the suspect, and sometimes waiting. Which step comes where rotates
 * through the instruments, so every scenario uses all of them.
 */
final class DecisionPoints {

    private static final Moves.Kind[] LAWFUL = { Moves.Kind.PRESERVE, Moves.Kind.NETWORK, Moves.Kind.MLA,
        Moves.Kind.PRODUCTION, Moves.Kind.FREEZE, Moves.Kind.POLICE, Moves.Kind.CONSULT, Moves.Kind.EMERGENCY,
        Moves.Kind.EXTRADITION, Moves.Kind.JOINT, Moves.Kind.SPONTANEOUS };

    private final CaseFile file;
    private final Moves moves;

    DecisionPoints(CaseFile file) {
        this.file = file;
        this.moves = new Moves(file);
    }

    List<DecisionPoint> build(int count) {
        List<DecisionPoint> points = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            DecisionPoint point = F.createDecisionPoint();
            point.setId(String.format("dp-%02d", i + 1));
            points.add(point);
        }
        int offset = file.random().nextInt(LAWFUL.length);
        for (int i = 0; i < count; i++) {
            DecisionPoint next = i + 1 < count ? points.get(i + 1) : null;
            Action previous = i > 0 ? points.get(i - 1).getActions().get(0) : null;
            fill(points.get(i), i, next, previous, offset);
        }
        return points;
    }

    private void fill(DecisionPoint point, int i, DecisionPoint next, Action previous, int offset) {
        CaseFile.Holder holder = file.holder(i);
        Moves.Kind main = LAWFUL[(i + offset) % LAWFUL.length];
        Moves.Kind other = LAWFUL[(i + offset + 1 + file.random().nextInt(LAWFUL.length - 1)) % LAWFUL.length];
        point.setTitle("Day " + (1 + i / 3) + ": " + main.topic() + " (" + holder.state().getName() + ")");
        point.setNarrative("New information points to " + holder.provider().getName() + ". "
                + "The clock is running on the data it holds. What do you do next?");

        Action forward = moves.make(main, point.getId(), holder);
        if (next == null) {
            EndScenario end = F.createEndScenario();
            end.setId(point.getId() + "-end");
            end.setEpilogue("The case goes to trial with the evidence you secured.");
            forward.getConsequences().add(end);
        } else {
            forward.getNext().add(next);
            CloseDecisionPoint close = F.createCloseDecisionPoint();
            close.getDecisionPoints().add(point);
            forward.getConsequences().add(close);
        }
        point.getActions().add(forward);

        Action alternative = moves.make(other, point.getId(), holder);
        alternative.setAvailableWhen(previous == null ? anyOf(after(i * 2 * HOUR), flagSet(file.pressLeak()))
                : anyOf(after(i * 2 * HOUR), flagSet(file.pressLeak()), taken(previous)));
        if (next != null) {
            OpenDecisionPoint open = F.createOpenDecisionPoint();
            open.setDelay(HOUR);
            open.getDecisionPoints().add(next);
            alternative.getConsequences().add(open);
        }
        point.getActions().add(alternative);

        Action shortcut = moves.make(i % 2 == 0 ? Moves.Kind.DIRECT : Moves.Kind.REMOTE, point.getId(), holder);
        shortcut.setAvailableWhen(not(flagSet(file.suspectWarned())));
        point.getActions().add(shortcut);

        if (file.random().nextBoolean()) {
            point.getActions().add(moves.make(Moves.Kind.WAIT, point.getId(), holder));
        }
    }
}
