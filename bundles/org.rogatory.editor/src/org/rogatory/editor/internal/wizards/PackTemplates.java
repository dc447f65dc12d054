package org.rogatory.editor.internal.wizards;

import org.rogatory.model.scenario.Action;
import org.rogatory.model.scenario.Authority;
import org.rogatory.model.scenario.AuthorityKind;
import org.rogatory.model.scenario.Conduct;
import org.rogatory.model.scenario.Criterion;
import org.rogatory.model.scenario.DecisionPoint;
import org.rogatory.model.scenario.EndScenario;
import org.rogatory.model.scenario.Feedback;
import org.rogatory.model.scenario.Instrument;
import org.rogatory.model.scenario.Offence;
import org.rogatory.model.scenario.Pack;
import org.rogatory.model.scenario.Rubric;
import org.rogatory.model.scenario.Scenario;
import org.rogatory.model.scenario.ScenarioFactory;
import org.rogatory.model.scenario.State;

/**
 * The starting points the New Pack and New Scenario wizards write: small, but valid as they stand (no problem in the
 * Problems view), so an author starts from something that plays and changes it step by step. Texts are the author's
 * to replace; they come from {@code messages.properties} so the template speaks the author's language.
 */
public final class PackTemplates {

    private static final ScenarioFactory F = ScenarioFactory.eINSTANCE;

    private PackTemplates() {
    }

    /** A pack with two fictional States, one conduct, one rubric and one scenario. */
    public static Pack pack(String id, String title, String scenarioId, String scenarioTitle) {
        Pack pack = F.createPack();
        pack.setId(id);
        pack.setVersion("1.0.0"); //$NON-NLS-1$
        pack.setTitle(title);
        pack.setDescription(Messages.Template_packDescription);
        pack.setLicence("CC-BY-4.0"); //$NON-NLS-1$
        pack.setSourceLanguage("en"); //$NON-NLS-1$
        pack.getLanguages().add("en"); //$NON-NLS-1$
        pack.setFormatVersion("1.0"); //$NON-NLS-1$
        pack.setMinRogatoryVersion("0.1"); //$NON-NLS-1$
        pack.getCast().add(state("A", "AV", Messages.Template_homeState, "a-ca")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        pack.getCast().add(state("B", "BL", Messages.Template_foreignState, "b-ca")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        Conduct conduct = F.createConduct();
        conduct.setId("illegal-access"); //$NON-NLS-1$
        conduct.setName(Messages.Template_conduct);
        conduct.setConventionArticle("Art. 7"); //$NON-NLS-1$
        pack.getConducts().add(conduct);
        Rubric rubric = F.createRubric();
        rubric.setId("standard"); //$NON-NLS-1$
        rubric.setName(Messages.Template_rubric);
        Criterion criterion = F.createCriterion();
        criterion.setId("legality"); //$NON-NLS-1$
        criterion.setLabel(Messages.Template_criterion);
        criterion.setWeight(1);
        rubric.getCriteria().add(criterion);
        pack.getRubrics().add(rubric);
        pack.getScenarios().add(scenario(pack, scenarioId, scenarioTitle));
        return pack;
    }

    /**
     * A scenario for {@code pack}: the first State of its cast at home, the second abroad, two decision points with a
     * way between them, an ending after the second, and an offence of the pack's first conduct. It is not added to
     * the pack.
     */
    public static Scenario scenario(Pack pack, String id, String title) {
        State home = pack.getCast().get(0);
        State foreign = pack.getCast().size() > 1 ? pack.getCast().get(1) : home;
        Scenario scenario = F.createScenario();
        scenario.setId(id);
        scenario.setTitle(title);
        scenario.setBriefing(Messages.Template_briefing);
        scenario.setHomeState(home);
        scenario.setTraineeAuthority(home.getCentralAuthority());
        scenario.setClockStart("2026-01-05T09:00"); //$NON-NLS-1$
        scenario.setTimeBudget(2880);
        scenario.getCast().add(home);
        if (foreign != home) {
            scenario.getCast().add(foreign);
        }
        if (!pack.getRubrics().isEmpty()) {
            scenario.setRubric(pack.getRubrics().get(0));
        }
        if (!pack.getConducts().isEmpty()) {
            Offence offence = F.createOffence();
            offence.setId("offence"); //$NON-NLS-1$
            offence.setName(Messages.Template_offence);
            offence.setFacts(Messages.Template_offenceFacts);
            offence.setConduct(pack.getConducts().get(0));
            offence.getCommittedIn().add(home);
            scenario.getOffences().add(offence);
        }
        DecisionPoint first = decisionPoint("dp-start", Messages.Template_firstPoint); //$NON-NLS-1$
        DecisionPoint second = decisionPoint("dp-follow-up", Messages.Template_secondPoint); //$NON-NLS-1$
        Action preserve = action("preserve", Messages.Template_firstAction, Instrument.PRESERVATION_REQUEST); //$NON-NLS-1$
        preserve.setTargetState(foreign);
        preserve.setAddressee(foreign.getCentralAuthority());
        preserve.getNext().add(second);
        preserve.setFeedback(feedback("preserve-feedback", "Art. 42")); //$NON-NLS-1$ //$NON-NLS-2$
        first.getActions().add(preserve);
        Action request = action("request", Messages.Template_secondAction, Instrument.MLA_STORED_DATA); //$NON-NLS-1$
        request.setTargetState(foreign);
        request.setAddressee(foreign.getCentralAuthority());
        request.setFeedback(feedback("request-feedback", "Art. 44")); //$NON-NLS-1$ //$NON-NLS-2$
        // The case must be able to end: otherwise every run only stops when the time budget runs out.
        EndScenario end = F.createEndScenario();
        end.setId("request-end"); //$NON-NLS-1$
        end.setEpilogue(Messages.Template_epilogue);
        request.getConsequences().add(end);
        second.getActions().add(request);
        scenario.getDecisionPoints().add(first);
        scenario.getDecisionPoints().add(second);
        scenario.setStart(first);
        return scenario;
    }

    private static State state(String id, String code, String name, String authorityId) {
        State state = F.createState();
        state.setId(id);
        state.setCode(code);
        state.setName(name);
        state.setFictional(true);
        Authority authority = F.createAuthority();
        authority.setId(authorityId);
        authority.setName(Messages.Template_centralAuthority);
        authority.setKind(AuthorityKind.MINISTRY);
        state.getAuthorities().add(authority);
        state.setCentralAuthority(authority);
        return state;
    }

    private static DecisionPoint decisionPoint(String id, String title) {
        DecisionPoint point = F.createDecisionPoint();
        point.setId(id);
        point.setTitle(title);
        point.setNarrative(Messages.Template_narrative);
        return point;
    }

    /** Feedback that tells the author what to write, citing the article that governs the template's measure. */
    private static Feedback feedback(String id, String citation) {
        Feedback feedback = F.createFeedback();
        feedback.setId(id);
        feedback.setExplanation(Messages.Template_feedback);
        feedback.getCitations().add(citation);
        return feedback;
    }

    private static Action action(String id, String label, Instrument instrument) {
        Action action = F.createAction();
        action.setId(id);
        action.setLabel(label);
        action.setInstrument(instrument);
        return action;
    }
}
