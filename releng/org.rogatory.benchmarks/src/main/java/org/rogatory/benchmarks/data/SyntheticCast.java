package org.rogatory.benchmarks.data;

import static org.rogatory.benchmarks.data.ModelKit.F;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.rogatory.model.scenario.Authority;
import org.rogatory.model.scenario.AuthorityKind;
import org.rogatory.model.scenario.Conduct;
import org.rogatory.model.scenario.ConventionStatus;
import org.rogatory.model.scenario.Court;
import org.rogatory.model.scenario.Declaration;
import org.rogatory.model.scenario.DeclarationKind;
import org.rogatory.model.scenario.DomesticOffence;
import org.rogatory.model.scenario.PenaltyKind;
import org.rogatory.model.scenario.State;

/**
 * The five fictional States every synthetic scenario shares, as a real pack shares its cast: each with a central
 * authority, a 24/7 point of contact, police, prosecutors, a court, domestic offences and a few declarations. Their
 * Convention status differs, so the engine's rules meet parties, a signatory and a non-signatory.
 */
final class SyntheticCast {

    private static final String[][] STATES = {
        { "A", "AU", "Aurelia", "Aurelian" },
        { "B", "BD", "Borduria", "Bordurian" },
        { "C", "CP", "Carpania", "Carpanian" },
        { "D", "DL", "Delvania", "Delvanian" },
        { "E", "ES", "Esterra", "Esterran" },
    };
    private static final ConventionStatus[] STATUS = { ConventionStatus.PARTY, ConventionStatus.PARTY,
        ConventionStatus.SIGNATORY, ConventionStatus.PARTY, ConventionStatus.NON_SIGNATORY };

    private final List<State> states = new ArrayList<>();

    SyntheticCast(List<Conduct> conducts) {
        for (int i = 0; i < STATES.length; i++) {
            states.add(state(i, conducts));
        }
    }

    List<State> states() {
        return states;
    }

    static Authority authority(State state, AuthorityKind kind) {
        return state.getAuthorities().stream().filter(a -> a.getKind() == kind).findFirst().orElseThrow();
    }

    /** The adjective of a State's name ("Bordurian"), for authority names and narrative text. */
    static String adjective(State state) {
        for (String[] row : STATES) {
            if (row[0].equals(state.getId())) {
                return row[3];
            }
        }
        return state.getName();
    }

    private static State state(int index, List<Conduct> conducts) {
        String[] row = STATES[index];
        String prefix = row[0].toLowerCase(Locale.ROOT);
        State state = F.createState();
        state.setId(row[0]);
        state.setCode(row[1]);
        state.setName(row[2]);
        state.setFictional(true);
        state.setConventionStatus(STATUS[index]);
        if (STATUS[index] != ConventionStatus.NON_SIGNATORY) {
            state.setSignatureDate("2025-10-2" + (5 + index % 3));
        }
        if (STATUS[index] == ConventionStatus.PARTY) {
            state.setRatificationDate("2026-0" + (1 + index) + "-15");
            state.setEntryIntoForceDate("2026-0" + (4 + index) + "-15");
        }
        state.setExtraditesNationals(index % 2 == 1);
        Authority ministry = authority(prefix + "-ministry", row[3] + " Ministry of Justice", AuthorityKind.MINISTRY);
        Authority police = authority(prefix + "-police", row[3] + " National Cybercrime Unit", AuthorityKind.POLICE);
        state.getAuthorities().addAll(List.of(ministry, police,
                authority(prefix + "-prosecution", row[3] + " Prosecution Service", AuthorityKind.PROSECUTION),
                authority(prefix + "-fiu", row[3] + " Financial Intelligence Unit",
                        AuthorityKind.FINANCIAL_INTELLIGENCE_UNIT)));
        state.setCentralAuthority(ministry);
        state.setExtraditionAuthority(ministry);
        state.setPointOfContact(police);
        Court court = F.createCourt();
        court.setId(prefix + "-court");
        court.setName(row[2] + " District Court");
        court.setDescription("Issues production orders, search warrants and freezing orders.");
        state.getCourts().add(court);
        state.getDeclarations().add(declaration(prefix + "-languages", DeclarationKind.DECLARATION,
                "accepted-languages", "Art. 40", index % 2 == 0 ? List.of("en", "fr") : List.of("en")));
        if (index == 2) {
            state.getDeclarations().add(declaration(prefix + "-preservation", DeclarationKind.RESERVATION,
                    "preservation-dual-criminality", "Art. 42", List.of()));
        }
        for (int c = 0; c < conducts.size(); c++) {
            state.getDomesticOffences().add(offence(prefix + "-offence-" + (c + 1), conducts.get(c), index + c));
        }
        return state;
    }

    private static Authority authority(String id, String name, AuthorityKind kind) {
        Authority authority = F.createAuthority();
        authority.setId(id);
        authority.setName(name);
        authority.setKind(kind);
        return authority;
    }

    private static Declaration declaration(String id, DeclarationKind kind, String topic, String article,
            List<String> values) {
        Declaration declaration = F.createDeclaration();
        declaration.setId(id);
        declaration.setKind(kind);
        declaration.setTopic(topic);
        declaration.setArticle(article);
        declaration.getValues().addAll(values);
        declaration.setDate("2026-01-15");
        declaration.setSummary("Declaration " + id + " as notified to the depositary.");
        return declaration;
    }

    private static DomesticOffence offence(String id, Conduct conduct, int variant) {
        DomesticOffence offence = F.createDomesticOffence();
        offence.setId(id);
        offence.setName(conduct.getName() + " (domestic offence)");
        offence.setProvision("Criminal Code, s. " + (200 + variant * 7));
        offence.getConducts().add(conduct);
        offence.setMaximumPenalty(variant % 5 == 4 ? PenaltyKind.FINE_ONLY : PenaltyKind.IMPRISONMENT);
        offence.setMaximumMonths(variant % 5 == 4 ? 0 : 24 + 12 * (variant % 6));
        return offence;
    }
}
