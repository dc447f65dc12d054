package org.rogatory.ui.internal.views;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.rogatory.engine.session.Decision;
import org.rogatory.model.scenario.LearningObjective;
import org.rogatory.model.scenario.Scenario;
import org.rogatory.ui.internal.Accessibility;
import org.rogatory.ui.internal.Messages;
import org.rogatory.ui.internal.play.CaseRun;

/** The open case's facts, the trainee's role and the learning objectives with the articles they practise. */
public class BriefingView extends CaseView {

    private StyledText text;

    @Override
    protected void createContents(Composite parent) {
        parent.setLayout(new FillLayout());
        text = RichText.create(parent);
        Accessibility.name(text, Messages.Briefing_accessibleName);
    }

    @Override
    protected void show(CaseRun run, Decision decision) {
        if (text.isDisposed() || decision != null) {
            return;
        }
        if (run == null) {
            new RichText().paragraph(Messages.View_noCase).applyTo(text);
            return;
        }
        Scenario scenario = run.scenario();
        RichText rich = new RichText().heading(scenario.getTitle());
        String authority = scenario.getTraineeAuthority() == null ? "" : scenario.getTraineeAuthority().getName(); //$NON-NLS-1$
        rich.paragraph(NLS.bind(Messages.Briefing_role, new Object[] { Format.label(scenario.getTraineeRole()),
                authority, Format.label(scenario.getDifficulty()), scenario.getExpectedDuration() }));
        rich.heading(Messages.Briefing_facts).paragraph(Format.text(scenario.getBriefing()));
        if (!scenario.getObjectives().isEmpty()) {
            rich.heading(Messages.Briefing_objectives);
            for (LearningObjective objective : scenario.getObjectives()) {
                rich.bullet(NLS.bind(Messages.Briefing_objective, objective.getText(),
                        String.join(", ", objective.getArticles()))); //$NON-NLS-1$
            }
        }
        rich.applyTo(text);
    }

    /** The text shown, for tests. */
    public String getText() {
        return text.getText();
    }

    @Override
    protected void focusContents() {
        text.setFocus();
    }
}
