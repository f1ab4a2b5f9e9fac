namespace Sakip.Domain.Codes;

/// <summary>The segments of program and organisation codes, to name the wrong one in a parse failure.</summary>
internal enum CodeSegment
{
    Urusan,
    Bidang,
    Program,
    Kegiatan,
    SubKegiatan,
    PrimaryUrusan,
    PrimaryBidang,
    SecondUrusan,
    SecondBidang,
    ThirdUrusan,
    ThirdBidang,
    Unit,
    SubUnit,
}
