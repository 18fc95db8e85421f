package relais.report;

import java.util.List;

/**
 * What a buy-out or a waiver freed besides the person it names: the people protected only through them (referred
 * people) and the other open cases about anyone it freed, so the account manager can close those too.
 */
public record Freed(List<String> otherPeople, List<Report> otherOpenCases) {

    public static final Freed NOTHING = new Freed(List.of(), List.of());

    public Freed {
        otherPeople = List.copyOf(otherPeople);
        otherOpenCases = List.copyOf(otherOpenCases);
    }
}
