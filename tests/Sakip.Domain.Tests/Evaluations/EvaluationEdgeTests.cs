using Sakip.Domain.Evaluations;

namespace Sakip.Domain.Tests.Evaluations;

/// <summary>Edges of <see cref="Evaluation"/> and the small records of a worksheet: every guard (exception type and
/// parameter), the year's bounds, text checks of notes and evidence, duplicates with bad codes, the wording of a bad
/// code for a criterion and for a sub-component, equality, and the texts of <c>ToString</c>.</summary>
public class EvaluationEdgeTests
{
    private const string Subject = "Kabupaten Contoh";

    private static EvaluationScheme Scheme => SchemeFixtures.Scheme;

    private static EvaluationScheme Graded => SchemeFixtures.GradedScheme;

    private static Evaluation Sample => Evaluation.Create(Scheme, Subject, 2024, [new("1a.1", null, "Y"), new("2a.1", "B", "A")]).GetValueOrThrow();

    [Fact]
    public void Create_NullArguments_ThrowNamingTheArgument()
    {
        CriterionAnswer[] answers = [];
        SubComponentAnswer[] grades = [];

        Assert.Equal("scheme", Assert.Throws<ArgumentNullException>(() => Evaluation.Create(null!, Subject, 2024, EvaluationMethod.CriterionGrades, answers, grades)).ParamName);
        Assert.Equal("subject", Assert.Throws<ArgumentNullException>(() => Evaluation.Create(Scheme, null!, 2024, EvaluationMethod.CriterionGrades, answers, grades)).ParamName);
        Assert.Equal("answers", Assert.Throws<ArgumentNullException>(() => Evaluation.Create(Scheme, Subject, 2024, EvaluationMethod.CriterionGrades, null!, grades)).ParamName);
        Assert.Equal("grades", Assert.Throws<ArgumentNullException>(() => Evaluation.Create(Scheme, Subject, 2024, EvaluationMethod.CriterionGrades, answers, null!)).ParamName);
    }

    [Theory]
    [InlineData(1899, false)]
    [InlineData(1900, true)]
    [InlineData(2200, true)]
    [InlineData(2201, false)]
    public void Create_Year_IsValidFrom1900To2200Inclusive(int year, bool valid)
    {
        var result = Evaluation.Create(Scheme, Subject, year, []);

        if (valid)
        {
            Assert.Equal(year, result.GetValueOrThrow().Year);
        }
        else
        {
            Assert.Equal("year | year-out-of-range | the year must be between 1900 and 2200 | tahun harus antara 1900 dan 2200", EdgeText.Problems(result.Problems));
        }
    }

    [Fact]
    public void Create_SubjectWithLoneSurrogate_IsInvalidUnicodeOnSubject()
    {
        var result = Evaluation.Create(Scheme, "Kabupaten \uD800", 2024, []);

        var problem = Assert.Single(result.Problems);
        Assert.Equal(("subject", "invalid-unicode"), (problem.Path, problem.Reason.Code));
    }

    [Fact]
    public void Create_NotesAndEvidenceWithLoneSurrogates_AreProblemsOnEachText()
    {
        var result = Evaluation.Create(
            Graded,
            Subject,
            2024,
            EvaluationMethod.SubComponentGrades,
            [new("1a.1", null, "Y") { Evidence = ["Renstra.pdf"] }, new("1a.2", null, "T") { Note = "catatan \uDC00", Evidence = ["ok", "bukti \uD800", "\uDFFF"] }],
            [new("1b", null, "A") { Note = "\uD800" }, new("1a", null, "A") { Evidence = ["\uDC00", "SK.pdf"] }]);

        Assert.Equal(
            ["answers[1].note", "answers[1].evidence[1]", "answers[1].evidence[2]", "grades[0].note", "grades[1].evidence[0]"],
            result.Problems.Select(p => p.Path));
        Assert.All(result.Problems, p => Assert.Equal("invalid-unicode", p.Reason.Code));
    }

    [Fact]
    public void Create_DuplicateWithBadCodesAndText_IsOnlyTheDuplicate()
    {
        var result = Evaluation.Create(
            Graded,
            Subject,
            2024,
            EvaluationMethod.SubComponentGrades,
            [new("1a.1", null, "Y"), new("1A.1", "X", "Z") { Note = "\uD800" }],
            [new("2a", null, "A"), new("2A", "X", "Z") { Evidence = ["\uD800"] }]);

        Assert.Equal(["answers[1].criterion", "grades[1].subComponent"], result.Problems.Select(p => p.Path));
        Assert.All(result.Problems, p => Assert.Equal("duplicate-answer", p.Reason.Code));
    }

    [Fact]
    public void Create_BadCodes_AreWordedAsAnswersOfACriterionAndGradesOfASubComponent()
    {
        var result = Evaluation.Create(
            Graded,
            Subject,
            2024,
            EvaluationMethod.SubComponentGrades,
            [new("1a.1", "X", "Z")],
            [new("2a", "Q", "R")]);

        Approved.Check(EdgeText.Problems(result.Problems));
    }

    [Fact]
    public void Empty_BadArguments_ThrowNamingTheArgument()
    {
        Assert.Equal("scheme", Assert.Throws<ArgumentNullException>(() => Evaluation.Empty(null!, Subject, 2024)).ParamName);
        Assert.Equal("subject", Assert.Throws<ArgumentNullException>(() => Evaluation.Empty(Scheme, null!, 2024)).ParamName);
        Assert.Equal("subject", Assert.Throws<ArgumentException>(() => Evaluation.Empty(Scheme, " \t", 2024)).ParamName);
        Assert.Equal("year", Assert.Throws<ArgumentOutOfRangeException>(() => Evaluation.Empty(Scheme, Subject, 1899)).ParamName);
        Assert.Equal("year", Assert.Throws<ArgumentOutOfRangeException>(() => Evaluation.Empty(Scheme, Subject, 2201)).ParamName);
        Assert.Equal((1900, 2200), (Evaluation.Empty(Scheme, Subject, 1900).Year, Evaluation.Empty(Scheme, Subject, 2200).Year));
    }

    [Fact]
    public void GradeOfAndAnswerTo_UnknownIds_ThrowNamingSchemeAndId()
    {
        var evaluation = Evaluation.Empty(Graded, Subject, 2024);

        var grade = Assert.Throws<ArgumentException>(() => evaluation.GradeOf("9z"));
        var answer = Assert.Throws<ArgumentException>(() => evaluation.AnswerTo("9z.1"));

        Assert.Equal(("subComponentId", "Scheme uji-predikat has no sub-component '9z'. (Parameter 'subComponentId')"), (grade.ParamName, grade.Message));
        Assert.Equal(("criterionId", "Scheme uji-predikat has no criterion '9z.1'. (Parameter 'criterionId')"), (answer.ParamName, answer.Message));
    }

    [Fact]
    public void WithAndWithGrades_Null_ThrowNamingTheArgument()
    {
        var evaluation = Evaluation.Empty(Graded, Subject, 2024);

        Assert.Equal("answers", Assert.Throws<ArgumentNullException>(() => evaluation.With((IEnumerable<CriterionAnswer>)null!)).ParamName);
        Assert.Equal("grades", Assert.Throws<ArgumentNullException>(() => evaluation.WithGrades((IEnumerable<SubComponentAnswer>)null!)).ParamName);
    }

    [Fact]
    public void EqualityOperators_CompareByContentAndHandleNull()
    {
        var a = Sample;
        var b = Sample;
        Evaluation? none = null;
        Evaluation? alsoNone = null;

        Assert.NotSame(a, b);
        Assert.True(a == b);
        Assert.False(a != b);
        Assert.True(none == alsoNone);
        Assert.False(none != alsoNone);
        Assert.False(a == none);
        Assert.False(none == a);
        Assert.True(a != none);
        Assert.True(none != a);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
    }

    [Fact]
    public void Equals_SubjectAndYear_EachDecide()
    {
        var evaluation = Evaluation.Empty(Scheme, Subject, 2024);

        Assert.Equal(evaluation, Evaluation.Empty(Scheme, Subject, 2024));
        Assert.NotEqual(evaluation, Evaluation.Empty(Scheme, Subject, 2025));
        Assert.NotEqual(evaluation, Evaluation.Empty(Scheme, "Kota Contoh", 2024));
        Assert.False(evaluation == Evaluation.Empty(Scheme, Subject, 2025));
        Assert.True(evaluation != Evaluation.Empty(Scheme, "Kota Contoh", 2024));
    }

    [Fact]
    public void Equals_SchemesWithTheSameData_AreEqualAndOtherDataIsNot()
    {
        var twin = EvaluationScheme.Create(SchemeFixtures.Valid).GetValueOrThrow();
        var renamed = EvaluationScheme.Create(SchemeFixtures.Valid with { Name = "Skema uji lain" }).GetValueOrThrow();
        var evaluation = Evaluation.Empty(Scheme, Subject, 2024);

        Assert.NotSame(Scheme, twin);
        Assert.True(evaluation == Evaluation.Empty(twin, Subject, 2024));
        Assert.Equal(evaluation.GetHashCode(), Evaluation.Empty(twin, Subject, 2024).GetHashCode());
        Assert.False(evaluation == Evaluation.Empty(renamed, Subject, 2024));
        Assert.True(evaluation != Evaluation.Empty(renamed, Subject, 2024));
    }

    [Fact]
    public void ToStrings_OfTheEvaluationAndItsParts()
    {
        var evaluation = Evaluation.Create(Graded, Subject, 2024, EvaluationMethod.SubComponentGrades, [new("1a.1", null, "Y"), new("1a.2", "T", null)], [new("1a", "A", null), new("1b", null, "B")]).GetValueOrThrow();
        var finding = Evaluation.Create(Scheme, Subject, 2024, [new("1a.1", null, "T"), new("1b.1", null, "A")]).GetValueOrThrow().Score().Findings.Single();
        var component = Scheme.Components[0];
        var sub = component.SubComponents[0];

        Assert.Equal("Kabupaten Contoh 2024 (uji-predikat)", evaluation.ToString());
        Assert.Equal(["1a.1: - / Y", "1a.2: T / -"], evaluation.Answers.Select(a => a.ToString()));
        Assert.Equal(["1a: A / -", "1b: - / B"], evaluation.Grades.Select(g => g.ToString()));
        Assert.Equal("1 Perencanaan (60)", component.ToString());
        Assert.Equal("1a Keberadaan (20)", sub.ToString());
        Assert.Equal("1a.1 Renstra tersedia", sub.Criteria[0].ToString());
        Assert.Equal("Y (1)", AnswerScales.YesNo.Best.ToString());
        Assert.Equal("T (0)", AnswerScales.YesNo.Worst.ToString());
        Assert.Equal("yes-no (Y/T)", AnswerScales.YesNo.ToString());
        Assert.Equal("AA (Sangat Memuaskan)", GradeTables.PermenPanRb88Of2021.Grades[0].ToString());
        Assert.Equal("1b.1: " + finding.Reason.Message.English, finding.ToString());
        Approved.Check(finding.ToString());
    }

    [Fact]
    public void AnswerScale_WithoutOptions_HasNoBestOrWorst()
    {
        var empty = new AnswerScale("kosong", "Kosong", []);

        Assert.Equal("The scale has no options.", Assert.Throws<InvalidOperationException>(() => empty.Best).Message);
        Assert.Equal("The scale has no options.", Assert.Throws<InvalidOperationException>(() => empty.Worst).Message);
        Assert.Equal("kosong ()", empty.ToString());
    }

    [Fact]
    public void AnswerScale_OneOption_IsBestAndWorst()
    {
        var single = SchemeFixtures.ScaleOf(1m);

        Assert.Same(single.Options[0], single.Best);
        Assert.Same(single.Options[0], single.Worst);
    }

    [Fact]
    public void AnswerScale_FindNull_IsNull()
    {
        Assert.Null(AnswerScales.AToE.Find(null));
        Assert.Null(AnswerScales.AToE.Find(" "));
        Assert.Equal("B", AnswerScales.AToE.Find(" b ")!.Code);
    }
}
