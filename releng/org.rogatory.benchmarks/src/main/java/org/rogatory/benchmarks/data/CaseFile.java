package org.rogatory.benchmarks.data;

import java.util.List;
import java.util.Map;
import java.util.Random;

import org.rogatory.model.scenario.Asset;
import org.rogatory.model.scenario.Criterion;
import org.rogatory.model.scenario.DataItem;
import org.rogatory.model.scenario.Flag;
import org.rogatory.model.scenario.Offence;
import org.rogatory.model.scenario.Person;
import org.rogatory.model.scenario.Scenario;
import org.rogatory.model.scenario.ServiceProvider;
import org.rogatory.model.scenario.State;

/**
 * What the decision points of one synthetic scenario can refer to: the trainee's State, the providers abroad with the
 * data they hold, the suspects, the assets, the flags and the rubric's criteria. The actions are written against it,
 * so every reference they make is to an element that the scenario really contains.
 */
record CaseFile(Scenario scenario, State home, List<State> cast, List<Holder> holders, List<Person> suspects,
        List<Asset> assets, List<Offence> offences, Flag suspectWarned, Flag pressLeak,
        Map<String, Criterion> criteria, Random random) {

    /** A provider abroad and the three kinds of data it holds for the case. */
    record Holder(ServiceProvider provider, State state, DataItem traffic, DataItem content, DataItem subscriber) {

        List<DataItem> items() {
            return List.of(traffic, content, subscriber);
        }
    }

    Holder holder(int index) {
        return holders.get(index % holders.size());
    }

    Criterion criterion(String id) {
        return criteria.get(id);
    }

    /** A State of the cast other than the trainee's and other than {@code besides}, for third-State steps. */
    State otherState(State besides) {
        for (State state : cast) {
            if (state != home && state != besides) {
                return state;
            }
        }
        throw new IllegalStateException("the cast needs at least three States");
    }
}
