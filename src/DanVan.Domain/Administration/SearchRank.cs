namespace DanVan.Domain.Administration;

/// <summary>
/// The rank of a search hit packed in a number, so hits sort by comparing integers: how strongly the name matched,
/// then whether the kind named in the text agrees, then how few words of the name the text lacks, then whether the
/// text spells the name with its own diacritics.
/// </summary>
internal static class SearchRank
{
    /// <summary>The text named another kind than the unit's.</summary>
    internal const int OtherKind = 0;

    /// <summary>The text named no kind.</summary>
    internal const int NoKind = 1;

    /// <summary>The text named the unit's kind.</summary>
    internal const int SameKind = 2;

    private const int MaximumMissing = 4;

    /// <summary>
    /// Packs a hit. <paramref name="strongInitials"/>: the initials were a word that cannot begin a Vietnamese syllable
    /// ("hn", "hcm": no vowel, and not a cluster such as "th"), so they rank above names that merely start with those
    /// letters ("HNol"). <paramref name="asWritten"/>: the text spells the name with the same diacritics ("Văn Lăng"
    /// for Văn Lăng, not Văn Lang); it only breaks ties, the score does not change.
    /// </summary>
    internal static int Encode(UnitMatchKind kind, int hint, int missingWords, bool strongInitials = false, bool asWritten = false)
    {
        var strength = kind switch
        {
            UnitMatchKind.Exact => 5,
            UnitMatchKind.Prefix => 3,
            UnitMatchKind.Words => 2,
            _ => strongInitials ? 4 : 1,
        };
        return (strength << 9) | (hint << 7) | ((MaximumMissing - Math.Clamp(missingWords, 0, MaximumMissing)) << 4) | (asWritten ? 8 : 0) | (int)kind;
    }

    internal static UnitMatchKind Kind(int rank) => (UnitMatchKind)(rank & 7);

    /// <summary>True for initials that cannot be a word (see <see cref="Encode"/>).</summary>
    internal static bool IsStrongInitials(int rank) => rank >> 9 == 4;

    internal static int Hint(int rank) => (rank >> 7) & 3;

    internal static int MissingWords(int rank) => MaximumMissing - ((rank >> 4) & 7);

    /// <summary>The public score (see <see cref="UnitMatch.Score"/>), in hundredths so it is exact in decimal.</summary>
    internal static double Score(int rank)
    {
        var hundredths = (rank >> 9) switch
        {
            5 => 100,
            4 => 90,
            3 => 80,
            2 => 60,
            _ => 50,
        };
        hundredths -= (Hint(rank) == OtherKind ? 5 : 0) + MissingWords(rank);
        return hundredths / 100.0;
    }
}
