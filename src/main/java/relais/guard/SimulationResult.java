package relais.guard;

import java.util.List;

/**
 * What a hypothetical policy would change: the counts on the day asked and twelve months later, the companies most
 * affected on the day asked, and a few changed pairs with the verdicts behind them.
 */
public record SimulationResult(SimulatedPolicy policy, SimulationCounts atDate, SimulationCounts inTwelveMonths,
        List<SimulationCompanyShift> byCompany, List<SimulatedPair> examples) {
}
