package relais.guard.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

import relais.guard.engine.MissionFact;

/**
 * Many freelancers' missions with their participants and policy snapshots, held in columns of numbers: read by
 * three binary COPYs that PostgreSQL answers with a plain scan each (no join, no sort: grouping by freelancer is
 * done here, by counting), then turned into each freelancer's {@link MissionFact}s on demand, on whichever thread
 * asks. A mission costs a few numbers until then, so the whole platform fits in memory (about 100 MB for two million
 * missions) and the engine's workers, not the reading thread, build the facts.
 *
 * <p>Reading: {@link #readMissions}, and {@link #readParticipants} and {@link #readSnapshots} in any order, on one
 * thread each at most (the latter two may run on another connection at the same time as the missions); then
 * {@link #group} once, after which every method may be called from any thread.
 */
final class PlatformMissions {

    /** The missions' columns of {@link #readMissions}'s COPY, in order. */
    private static final int MISSION_FIELDS = 8;
    private static final int DAYS = 5;

    private final UuidIndex freelancers = new UuidIndex();
    private final UuidIndex missions = new UuidIndex();
    private final UuidIndex versions = new UuidIndex();
    /** Per mission, by its number in {@link #missions}. */
    private int[] freelancer = new int[1024];
    private long[] companyHigh = new long[1024];
    private long[] companyLow = new long[1024];
    /** {@link #DAYS} a mission: agreed, introduced, start, end (actual else planned), cancelled. */
    private int[] days = new int[1024 * DAYS];
    private final IdPairs participants = new IdPairs();
    private final IdPairs snapshots = new IdPairs();

    /** Filled by {@link #group}: each freelancer's missions, and each mission's participants and snapshot. */
    private int[] missionsByFreelancer;
    private int[] firstMissionOf;
    private int[] participantsByMission;
    private int[] firstParticipantOf;
    private int[] versionOf;
    private final CopyDays dates = new CopyDays();

    /**
     * Reads {@code copy} (a binary COPY of freelancer id, mission id, company id, agreed, introduced, start, end
     * and cancellation days): one mission a row.
     */
    void readMissions(Connection connection, String copy) throws SQLException {
        long[] high = new long[1];
        long[] low = new long[1];
        try (CopyRows rows = CopyRows.open(connection, copy)) {
            while (rows.next(MISSION_FIELDS)) {
                rows.uuid(high, low, 0);
                int owner = freelancers.add(high[0], low[0]);
                rows.uuid(high, low, 0);
                int mission = missions.add(high[0], low[0]);
                if (mission == freelancer.length) {
                    grow();
                }
                freelancer[mission] = owner;
                rows.uuid(companyHigh, companyLow, mission);
                for (int d = 0; d < DAYS; d++) {
                    days[mission * DAYS + d] = rows.day();
                }
            }
        }
    }

    private void grow() {
        int size = freelancer.length * 2;
        freelancer = Arrays.copyOf(freelancer, size);
        companyHigh = Arrays.copyOf(companyHigh, size);
        companyLow = Arrays.copyOf(companyLow, size);
        days = Arrays.copyOf(days, size * DAYS);
    }

    /** Reads {@code copy} (a binary COPY of mission id, person id): one participant a row. */
    void readParticipants(Connection connection, String copy) throws SQLException {
        participants.read(connection, copy);
    }

    /** Reads {@code copy} (a binary COPY of mission id, policy version id): the version each mission was agreed under. */
    void readSnapshots(Connection connection, String copy) throws SQLException {
        snapshots.read(connection, copy);
    }

    /**
     * Groups the rows read: missions by freelancer (counting them, then placing them), participants by mission.
     * Rows naming a mission not read (none within one snapshot of the database) are left out.
     */
    void group() {
        int missionCount = missions.size();
        firstMissionOf = new int[freelancers.size() + 1];
        missionsByFreelancer = new int[missionCount];
        for (int m = 0; m < missionCount; m++) {
            firstMissionOf[freelancer[m] + 1]++;
        }
        Arrays.parallelPrefix(firstMissionOf, Integer::sum);
        int[] next = Arrays.copyOf(firstMissionOf, firstMissionOf.length);
        for (int m = 0; m < missionCount; m++) {
            missionsByFreelancer[next[freelancer[m]]++] = m;
        }
        int[] missionOfParticipant = new int[participants.size()];
        firstParticipantOf = new int[missionCount + 1];
        for (int p = 0; p < participants.size(); p++) {
            int mission = missions.find(participants.firstHigh[p], participants.firstLow[p]);
            missionOfParticipant[p] = mission;
            if (mission != UuidIndex.ABSENT) {
                firstParticipantOf[mission + 1]++;
            }
        }
        Arrays.parallelPrefix(firstParticipantOf, Integer::sum);
        participantsByMission = new int[firstParticipantOf[missionCount]];
        next = Arrays.copyOf(firstParticipantOf, firstParticipantOf.length);
        for (int p = 0; p < missionOfParticipant.length; p++) {
            if (missionOfParticipant[p] != UuidIndex.ABSENT) {
                participantsByMission[next[missionOfParticipant[p]]++] = p;
            }
        }
        versionOf = new int[missionCount];
        Arrays.fill(versionOf, UuidIndex.ABSENT);
        for (int s = 0; s < snapshots.size(); s++) {
            int mission = missions.find(snapshots.firstHigh[s], snapshots.firstLow[s]);
            if (mission != UuidIndex.ABSENT) {
                versionOf[mission] = versions.add(snapshots.secondHigh[s], snapshots.secondLow[s]);
            }
        }
    }

    /** The freelancers with at least one mission, by number, in id order (as PostgreSQL orders uuids). */
    int[] freelancersInIdOrder() {
        return IntStream.range(0, freelancers.size()).boxed().sorted(freelancers::compare)
                .mapToInt(Integer::intValue).toArray();
    }

    String freelancerId(int number) {
        return freelancers.text(number);
    }

    /** One freelancer's missions, in id order, and the policy version each was agreed under where one was kept. */
    record Missions(List<MissionFact> facts, Map<String, String> snapshots) {
    }

    Missions of(int freelancerNumber) {
        int first = firstMissionOf[freelancerNumber];
        int end = firstMissionOf[freelancerNumber + 1];
        List<MissionFact> facts = new ArrayList<>(end - first);
        Map<String, String> pinned = new HashMap<>();
        for (int i = first; i < end; i++) {
            int m = missionsByFreelancer[i];
            String id = missions.text(m);
            facts.add(new MissionFact(id, null, new UUID(companyHigh[m], companyLow[m]).toString(),
                    participantsOf(m), dates.of(days[m * DAYS]), dates.of(days[m * DAYS + 1]),
                    dates.of(days[m * DAYS + 2]), dates.of(days[m * DAYS + 3]), dates.of(days[m * DAYS + 4])));
            if (versionOf[m] != UuidIndex.ABSENT) {
                pinned.put(id, versions.text(versionOf[m]));
            }
        }
        // Canonical uuid texts sort as the uuids do, so this is the order of mission ids PostgreSQL would give.
        facts.sort(Comparator.comparing(MissionFact::id));
        return new Missions(facts, pinned);
    }

    private Set<String> participantsOf(int mission) {
        int first = firstParticipantOf[mission];
        int end = firstParticipantOf[mission + 1];
        String[] people = new String[end - first];
        for (int i = first; i < end; i++) {
            int p = participantsByMission[i];
            people[i - first] = new UUID(participants.secondHigh[p], participants.secondLow[p]).toString();
        }
        return Set.of(people);
    }

    /** Rows of two uuids, as read. */
    private static final class IdPairs {

        private long[] firstHigh = new long[1024];
        private long[] firstLow = new long[1024];
        private long[] secondHigh = new long[1024];
        private long[] secondLow = new long[1024];
        private int size;

        void read(Connection connection, String copy) throws SQLException {
            try (CopyRows rows = CopyRows.open(connection, copy)) {
                while (rows.next(2)) {
                    if (size == firstHigh.length) {
                        firstHigh = Arrays.copyOf(firstHigh, size * 2);
                        firstLow = Arrays.copyOf(firstLow, size * 2);
                        secondHigh = Arrays.copyOf(secondHigh, size * 2);
                        secondLow = Arrays.copyOf(secondLow, size * 2);
                    }
                    rows.uuid(firstHigh, firstLow, size);
                    rows.uuid(secondHigh, secondLow, size);
                    size++;
                }
            }
        }

        int size() {
            return size;
        }
    }
}
