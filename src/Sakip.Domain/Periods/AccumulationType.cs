namespace Sakip.Domain.Periods;

/// <summary>How an indicator's values over several periods combine into one (reference §1.8; Kemenkeu IKU
/// manual: Sum / Take Last Known Value / Average). Every indicator declares its type.</summary>
public enum AccumulationType
{
    /// <summary>Flows that add up (permits issued, kilometres built): the sum of the periods.</summary>
    Cumulative = 0,

    /// <summary>Stocks, rates, indices and percentages: the last reported value.</summary>
    LastValue = 1,

    /// <summary>The mean of the periods.</summary>
    Average = 2,
}
