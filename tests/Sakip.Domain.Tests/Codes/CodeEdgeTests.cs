using Sakip.Domain.Codes;

namespace Sakip.Domain.Tests.Codes;

/// <summary>The edges of the codes: ordering by each segment on its own, formatting into a buffer of exactly the
/// code's length, and the words of the programmer errors.</summary>
public class CodeEdgeTests
{
    [Theory]
    [InlineData("1.02.2.01.0.00.01.0000", "1.02.3.01.0.00.01.0000")] // second urusan only
    [InlineData("1.02.2.01.0.00.01.0000", "1.02.2.02.0.00.01.0000")] // second bidang only
    [InlineData("1.02.2.01.3.01.01.0000", "1.02.2.01.4.01.01.0000")] // third urusan only
    [InlineData("1.02.2.01.3.01.01.0000", "1.02.2.01.3.02.01.0000")] // third bidang only
    [InlineData("1.02.0.00.0.00.01.0000", "1.02.0.00.0.00.02.0000")] // unit only
    [InlineData("1.02.0.00.0.00.01.0000", "1.02.0.00.0.00.01.0001")] // sub unit only
    public void OrganisationCode_CompareTo_OrdersByASegmentThatAloneDiffers(string lower, string higher)
    {
        var (a, b) = (OrganisationCode.Parse(lower, null), OrganisationCode.Parse(higher, null));

        Assert.True(a.CompareTo(b) < 0, $"{a} before {b}");
        Assert.True(b.CompareTo(a) > 0, $"{b} after {a}");
        Assert.True(a < b);
    }

    [Theory]
    [InlineData("1.02.02.2.01.0001", "1.02.02.2.01.0002")]
    [InlineData("1.02.02.2.01.01", "1.02.02.2.01.02")]
    public void ProgramCode_CompareTo_OrdersBySubKegiatanAlone(string lower, string higher)
    {
        var (a, b) = (ProgramCode.Parse(lower, null), ProgramCode.Parse(higher, null));

        Assert.True(a.CompareTo(b) < 0);
        Assert.True(b.CompareTo(a) > 0);
    }

    [Fact]
    public void TryFormat_BufferOfExactlyTheCodesLength_Writes()
    {
        var program = ProgramCode.Parse("1.02.02.2.01.0001", null);
        var organisation = OrganisationCode.Parse("1.02.0.00.0.00.01.0000", null);
        Span<char> programBuffer = stackalloc char[program.ToString().Length];
        Span<char> organisationBuffer = stackalloc char[organisation.ToString().Length];

        Assert.True(program.TryFormat(programBuffer, out var programWritten, default, null));
        Assert.True(organisation.TryFormat(organisationBuffer, out var organisationWritten, default, null));
        Assert.Equal("1.02.02.2.01.0001", programBuffer[..programWritten].ToString());
        Assert.Equal("1.02.0.00.0.00.01.0000", organisationBuffer[..organisationWritten].ToString());
        Assert.False(program.TryFormat(programBuffer[1..], out var none, default, null));
        Assert.Equal(0, none);
    }

    [Theory]
    [InlineData("0.01.01")]
    [InlineData("0")]
    public void ProgramCode_UrusanZero_IsRefusedWithTheSegment(string text)
    {
        var result = ProgramCode.TryParse(text);

        Assert.False(result.IsSuccess);
        Assert.Contains("urusan", Assert.Single(result.Problems).Reason.Message.English, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void CompareTo_ObjectOfAnotherType_NamesTheExpectedType()
    {
        var program = ProgramCode.Parse("1.02", null);
        var organisation = OrganisationCode.Parse("1.02.0.00.0.00.01.0000", null);

        Assert.Equal("Object must be of type ProgramCode. (Parameter 'obj')", Assert.Throws<ArgumentException>(() => program.CompareTo((object)"1.02")).Message);
        Assert.Equal("Object must be of type OrganisationCode. (Parameter 'obj')", Assert.Throws<ArgumentException>(() => organisation.CompareTo((object)program)).Message);
    }

    [Fact]
    public void Builders_MisusedByTheProgrammer_SayWhy()
    {
        var cross = Assert.Throws<InvalidOperationException>(() => ProgramCode.CrossUrusan.WithBidang(1));
        var level = Assert.Throws<InvalidOperationException>(() => ProgramCode.Parse("1.02", null).WithKegiatan(Authority.RegencyCity, 1));
        var digits = Assert.Throws<ArgumentOutOfRangeException>(() => ProgramCode.Parse("1.02.02.2.01", null).WithSubKegiatan(1, digits: 3));
        var bidang = Assert.Throws<ArgumentException>(() => OrganisationCode.Create(ProgramCode.Parse("1.02.02", null), null, null, 1));

        Assert.Equal("Urusan X has only bidang XX: use ProgramCode.CrossUrusanBidang.", cross.Message);
        Assert.Equal("Only a code at the Program level has this kind of child; 1.02 is at the Bidang level.", level.Message);
        Assert.StartsWith("The sub kegiatan width must be 2 or 4 digits.", digits.Message, StringComparison.Ordinal);
        Assert.StartsWith("An organisation's urusan and bidang must be a bidang-level code such as 1.01.", bidang.Message, StringComparison.Ordinal);
    }
}
