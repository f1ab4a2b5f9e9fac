using Sakip.Domain.Achievement;
using Sakip.Domain.Achievement.Formulas;
using Sakip.Domain.Bands;
using Sakip.Domain.Catalogues;
using Sakip.Domain.Evaluations.Schemes;
using Sakip.Domain.Rules;
using Sakip.Domain.Text;
using Sakip.Domain.Tree;

namespace Sakip.Domain.Json.Serialization;

/// <summary>
/// Converts between rule sets and band sets and their files. A rule set file names its formulas, band set and
/// aggregation by id; reading resolves them through a <see cref="RuleCatalogue"/> and checks what the catalogue's
/// builder would (formula polarity, the cap), so that a file is refused with JSON paths rather than later with the
/// catalogue's. A band set file is checked as <see cref="BandSet.Create"/> checks, each problem at its band.
/// </summary>
internal static class RuleFileMapper
{
    /// <summary>The format version of both files.</summary>
    public const int FormatVersion = 1;

    public static RuleSetFileJson ToJson(RuleSet ruleSet) => new()
    {
        FormatVersion = FormatVersion,
        Id = ruleSet.Id,
        Version = ruleSet.Version,
        Name = ruleSet.Name,
        LegalBasis = ruleSet.LegalBasis,
        PositiveFormulaId = ruleSet.PositiveFormulaId,
        NegativeFormulaId = ruleSet.NegativeFormulaId,
        NegativeZeroTarget = ruleSet.NegativeZeroTarget,
        InverseZeroRealisation = ruleSet.InverseZeroRealisation,
        Cap = ruleSet.Cap,
        Rounding = new RoundingJson { Mode = ruleSet.Rounding.Mode, Decimals = ruleSet.Rounding.Decimals },
        Bands = ruleSet.Bands.Id,
        BandBasis = ruleSet.BandBasis,
        Aggregation = ruleSet.Aggregation.Id,
    };

    public static BandSetFileJson ToJson(BandSet bandSet) => new()
    {
        FormatVersion = FormatVersion,
        Id = bandSet.Id,
        Version = bandSet.Version,
        Name = bandSet.Name,
        Basis = bandSet.Basis,
        Edges = bandSet.Edges,
        Bands = [.. bandSet.Bands.Select(b => new BandJson
        {
            Rank = b.Rank,
            LowerEdge = b.LowerEdge,
            Label = b.Label.Indonesian,
            EnglishLabel = b.Label.English,
            LabelVariant = b.LabelVariant,
        })],
    };

    /// <summary>The rule set of a deserialized file, its ids resolved through the catalogue; every problem is added
    /// with its JSON path.</summary>
    /// <returns>The rule set, or <see langword="null"/> when there was a problem.</returns>
    public static RuleSet? ToModel(RuleSetFileJson json, RuleCatalogue catalogue, List<(string Path, Reason Reason)> problems)
    {
        var before = problems.Count;
        CheckHeader(json.Id, json.Version, json.Name, problems);

        var positive = Formula(json.PositiveFormulaId ?? PositiveRatioFormula.FormulaId, Polarity.Positive, "$.positiveFormulaId");
        var negative = Formula(json.NegativeFormulaId, Polarity.Negative, "$.negativeFormulaId");

        if (json.Cap is <= 0m)
        {
            problems.Add(("$.cap", JsonMessages.CapNotPositive));
        }
        else if (json.Cap is < 100m)
        {
            problems.Add(("$.cap", JsonMessages.CapBelowHundred));
        }

        BandSet? bands = BandSets.Kemendagri5;
        if (json.Bands is { } bandsId && !catalogue.BandSets.TryGet(bandsId, out bands))
        {
            problems.Add(("$.bands", JsonMessages.UnknownBandSet(bandsId, catalogue.BandSets.All.Select(b => b.Id))));
        }

        IRollUpStrategy? aggregation = RollUpStrategies.Mean;
        if (json.Aggregation is { } strategyId && !catalogue.RollUpStrategies.TryGet(strategyId, out aggregation))
        {
            problems.Add(("$.aggregation", JsonMessages.UnknownStrategy(strategyId, catalogue.RollUpStrategies.All.Select(s => s.Id))));
        }

        // The validator has checked the rounding's decimals (0 to 28) and the enums' names.
        if (problems.Count > before || positive is null || negative is null || bands is null || aggregation is null)
        {
            return null;
        }

        return new RuleSet
        {
            Id = json.Id.Trim(),
            Version = json.Version,
            Name = json.Name,
            LegalBasis = json.LegalBasis,
            PositiveFormulaId = positive.Id,
            NegativeFormulaId = negative.Id,
            NegativeZeroTarget = json.NegativeZeroTarget ?? NegativeZeroTargetRule.Binary,
            InverseZeroRealisation = json.InverseZeroRealisation ?? InverseZeroRealisationRule.Hundred,
            Cap = json.Cap,
            Rounding = json.Rounding is { } r ? new RoundingRule(r.Mode, r.Decimals) : RoundingRule.TwoDecimalsHalfUp,
            Bands = bands,
            BandBasis = json.BandBasis ?? BandBasis.PresentedValue,
            Aggregation = aggregation,
        };

        IAchievementFormula? Formula(string id, Polarity polarity, string path)
        {
            if (!catalogue.Formulas.TryGet(id, out var formula))
            {
                problems.Add((path, JsonMessages.UnknownFormula(id, catalogue.Formulas.All.Select(f => f.Id))));
                return null;
            }

            if (formula.Polarity != polarity)
            {
                problems.Add((path, JsonMessages.FormulaPolarity(formula.Id, polarity, formula.Polarity)));
                return null;
            }

            return formula;
        }
    }

    /// <summary>The band set of a deserialized file (the built-in instance when the file holds a built-in band set
    /// unchanged); every problem is added with its JSON path.</summary>
    /// <returns>The band set, or <see langword="null"/> when there was a problem.</returns>
    public static BandSet? ToModel(BandSetFileJson json, List<(string Path, Reason Reason)> problems)
    {
        var before = problems.Count;
        CheckHeader(json.Id, json.Version, json.Name, problems);
        if (json.Bands.Count == 0)
        {
            problems.Add(("$.bands", JsonMessages.NoBands));
        }

        for (var i = 0; i < json.Bands.Count; i++)
        {
            var band = json.Bands[i];
            if (band.Rank != i + 1)
            {
                problems.Add(($"$.bands[{i}].rank", JsonMessages.BandRank(band.Rank, i + 1)));
            }

            var above = i > 0 ? json.Bands[i - 1].LowerEdge : null;
            switch (EdgeLadder.Check(i, json.Bands.Count, band.LowerEdge, above))
            {
                case EdgeLadder.OrderProblem.LowestHasEdge:
                    problems.Add(($"$.bands[{i}].lowerEdge", JsonMessages.LastBandHasEdge));
                    break;
                case EdgeLadder.OrderProblem.MissingEdge:
                    problems.Add(($"$.bands[{i}]", JsonMessages.MissingBandEdge));
                    break;
                case EdgeLadder.OrderProblem.NotDescending:
                    problems.Add(($"$.bands[{i}].lowerEdge", JsonMessages.EdgeNotDescending(band.LowerEdge!.Value, above!.Value)));
                    break;
            }
        }

        if (problems.Count > before)
        {
            return null;
        }

        var read = BandSet.Create(
            json.Id.Trim(),
            json.Version,
            json.Name,
            json.Basis,
            json.Edges,
            json.Bands.Select(b => new Band(b.Rank, b.LowerEdge, new BilingualText(b.EnglishLabel, b.Label), b.LabelVariant)));
        return BandSets.TryGet(read.Id, out var builtIn) && Same(builtIn, read) ? builtIn : read;
    }

    /// <summary>Whether two band sets are the same data (a band set has no value equality of its own).</summary>
    public static bool Same(BandSet a, BandSet b) =>
        a.Id == b.Id && a.Version == b.Version && a.Name == b.Name && a.Basis == b.Basis && a.Edges == b.Edges && a.Bands.SequenceEqual(b.Bands);

    private static void CheckHeader(string id, int version, string name, List<(string Path, Reason Reason)> problems)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            problems.Add(("$.id", JsonMessages.BlankId));
        }

        if (version < 1)
        {
            problems.Add(("$.version", JsonMessages.VersionBelowOne));
        }

        if (string.IsNullOrWhiteSpace(name))
        {
            problems.Add(("$.name", JsonMessages.BlankName));
        }
    }
}
