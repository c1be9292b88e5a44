using DanVan.Domain.Administration;
using static DanVan.Domain.Administration.AdministrativeUnitKind;

namespace DanVan.Domain.Organizations;

/// <summary>
/// The words that open an organization's name, folded and split as unit names are (<see cref="SearchTokenizer"/>), so
/// "Tỉnh ủy", "Tỉnh uỷ", "TINH UY" and "tinh uy" are one phrase: each kind's name as <see cref="OrganizationNames"/>
/// composes it, the abbreviations of <see cref="OrganizationKinds"/>, and the variants of everyday usage listed here.
/// Also the fixed names of the central bodies, read as whole names.
/// </summary>
/// <remarks>Built once from the tables; immutable and thread-safe.</remarks>
internal static class OrganizationNamePhrases
{
    /// <summary>The unit kinds at commune level: what "Đảng ủy xã …" and a grassroots body's commune may name.</summary>
    internal static readonly int CommuneKinds = Bits(Commune, Ward, Township, SpecialZone);

    /// <summary>Every unit kind.</summary>
    internal static readonly int AllKinds = Bits(Enum.GetValues<AdministrativeUnitKind>());

    /// <summary>After a kind's name, the words that make it the central body: "Ban Dân vận Trung ương", "Hội Nông dân Việt Nam".</summary>
    private static readonly string[] CentralMarkers = ["Trung ương", "TW", "TƯ", "Trung ương Đảng"];

    private static readonly string[] FoldedMarkers = [.. CentralMarkers.Select(Key)];

    private static readonly string VietNam = Key("Việt Nam");

    // The word before "ủy" or "đoàn" of a committee, and the unit kinds it names: the composition's own table read
    // backwards, so the two cannot drift apart.
    private static readonly (string Word, int Kinds)[] CommitteeWords =
    [
        .. Enum.GetValues<AdministrativeUnitKind>().Where(kind => kind.Level() != AdministrativeLevel.Commune)
            .GroupBy(UnitNaming.WordFor).Select(group => (group.Key, Bits(group))),
    ];

    // The abbreviations of DOMAIN.md section 2 for the Party committees.
    private static readonly (string Phrase, int Kinds)[] PartyCommitteeAbbreviations =
    [
        ("TU", Bits(Province, Municipality)),
        ("HU", Bits(RuralDistrict)),
        ("QU", Bits(UrbanDistrict)),
    ];

    // Usage beyond the composed names and the kinds' abbreviations.
    private static readonly (OrganizationKind Kind, string[] Phrases)[] Variants =
    [
        (OrganizationKind.PartyCommittee, ["Ban Chấp hành Đảng bộ", "BCH Đảng bộ"]),
        (OrganizationKind.DanVanCommission, ["Ban DV"]),
        (OrganizationKind.PropagandaCommission, ["Ban TG"]),
        (OrganizationKind.PropagandaAndDanVanCommission, ["Ban TG&DV", "Ban TG và DV", "Ban TGDV", "Ban Tuyên giáo - Dân vận"]),
        (OrganizationKind.PartyBuildingCommission, ["Ban XDĐ"]),
        (OrganizationKind.FatherlandFrontCommittee,
            ["Ủy ban Mặt trận Tổ quốc", "Ủy ban MTTQ", "Ủy ban MTTQ VN", "UB MTTQ", "UB MTTQ Việt Nam", "UBMTTQ Việt Nam", "UBMTTQVN", "UBMTTQ",
             "Mặt trận Tổ quốc Việt Nam", "Mặt trận Tổ quốc", "MTTQ Việt Nam", "MTTQ"]),
        (OrganizationKind.FrontWorkBoard, ["Ban CTMT"]),
        (OrganizationKind.LaborFederation, ["LĐLĐ", "Liên đoàn Lao động"]),
        (OrganizationKind.FarmersUnion, ["Hội ND"]),
        (OrganizationKind.YouthUnion, ["Đoàn Thanh niên Cộng sản Hồ Chí Minh", "Đoàn TNCS Hồ Chí Minh", "Đoàn TNCS HCM", "Đoàn Thanh niên"]),
        (OrganizationKind.WomensUnion, ["Hội Phụ nữ"]),
        (OrganizationKind.PeoplesInspectionBoard, ["Ban TTND"]),
        (OrganizationKind.DemocracySteeringCommittee,
            ["Ban Chỉ đạo thực hiện Quy chế dân chủ", "Ban Chỉ đạo thực hiện QCDC", "Ban Chỉ đạo QCDC", "BCĐ thực hiện QCDC"]),
    ];

    // Whole names of central bodies beyond those the tables compose.
    private static readonly (OrganizationKind Kind, string[] Names)[] CentralVariants =
    [
        (OrganizationKind.CentralCommittee,
            ["Ban Chấp hành Trung ương", "Ban Chấp hành Trung ương Đảng", "BCH Trung ương", "BCH Trung ương Đảng", "BCH TW Đảng", "Trung ương Đảng"]),
        (OrganizationKind.Secretariat, ["Ban Bí thư Trung ương", "Ban Bí thư Trung ương Đảng", "Ban Bí thư TW"]),
        (OrganizationKind.NationalAssemblyStandingCommittee, ["UBTV Quốc hội"]),
        (OrganizationKind.FatherlandFrontCommittee,
            ["Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", "Ủy ban Trung ương MTTQ Việt Nam", "Ủy ban Trung ương MTTQ", "UBTW MTTQ Việt Nam", "UBTWMTTQVN", "UBTƯ MTTQ Việt Nam"]),
        (OrganizationKind.LaborFederation, ["Tổng Liên đoàn Lao động", "Tổng LĐLĐ", "TLĐLĐVN", "Tổng LĐLĐVN", "Công đoàn Việt Nam"]),
        (OrganizationKind.YouthUnion, ["Trung ương Đoàn", "Trung ương Đoàn TNCS Hồ Chí Minh", "Đoàn TNCS Hồ Chí Minh", "Đoàn Thanh niên Cộng sản Hồ Chí Minh"]),
    ];

    private static readonly Dictionary<string, NamePhrase[]> ByFirstWord = BuildPhrases();

    private static readonly Dictionary<string, OrganizationKind> CentralNames = BuildCentralNames();

    /// <summary>The phrases that may open a name whose first word is <paramref name="word"/>, longest first.</summary>
    internal static ReadOnlySpan<NamePhrase> StartingWith(ReadOnlySpan<char> word) =>
        ByFirstWord.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out var phrases) ? phrases : [];

    /// <summary>The central body whose whole name is <paramref name="words"/> (folded words joined by single spaces).</summary>
    internal static bool TryCentral(ReadOnlySpan<char> words, out OrganizationKind kind) =>
        CentralNames.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(words, out kind);

    /// <summary>
    /// True when <paramref name="words"/> (joined by single spaces) say "central": "trung uong", "tw"; with
    /// <paramref name="country"/>, also "viet nam", which ends the names of the Front and the mass organizations.
    /// </summary>
    internal static bool IsCentralMarker(ReadOnlySpan<char> words, bool country)
    {
        if (country && words.SequenceEqual(VietNam))
        {
            return true;
        }

        foreach (var marker in FoldedMarkers)
        {
            if (words.SequenceEqual(marker))
            {
                return true;
            }
        }

        return false;
    }

    private static int Bits(params IEnumerable<AdministrativeUnitKind> kinds) => kinds.Aggregate(0, (bits, kind) => bits | UnitKindWords.Bit(kind));

    private static string Key(string phrase) => string.Join(' ', SearchTokenizer.Words(phrase));

    private static Dictionary<string, NamePhrase[]> BuildPhrases()
    {
        var phrases = new List<NamePhrase>();
        void Add(string phrase, OrganizationKind kind, NameForm form, int unitKinds = 0)
        {
            var words = SearchTokenizer.Words(phrase);
            if (words.Length > 0 && !phrases.Exists(p => p.Kind == kind && p.Form == form && p.UnitKinds == unitKinds && p.Words.AsSpan().SequenceEqual(words)))
            {
                phrases.Add(new NamePhrase(words, kind, form, unitKinds));
            }
        }

        foreach (var (word, kinds) in CommitteeWords)
        {
            Add(word + " ủy", OrganizationKind.PartyCommittee, NameForm.Committee, kinds);
            Add(word + " đoàn", OrganizationKind.YouthUnion, NameForm.Committee, kinds);
        }

        foreach (var (phrase, kinds) in PartyCommitteeAbbreviations)
        {
            Add(phrase, OrganizationKind.PartyCommittee, NameForm.Committee, kinds);
        }

        Add("Đảng ủy", OrganizationKind.PartyCommittee, NameForm.CommuneCommittee, CommuneKinds);
        Add("ĐU", OrganizationKind.PartyCommittee, NameForm.CommuneCommittee, CommuneKinds);
        Add("Đoàn", OrganizationKind.YouthUnion, NameForm.CommuneCommittee, CommuneKinds);

        foreach (var info in OrganizationKinds.All)
        {
            if (info.Style == NameStyle.Committee)
            {
                // "Ban Chấp hành Đảng bộ huyện …", "Đoàn Thanh niên xã …": committees also go by names in running text.
                var names = Variants.Where(v => v.Kind == info.Kind).SelectMany(v => v.Phrases)
                    .Concat(info.Kind == OrganizationKind.PartyCommittee ? [] : info.Abbreviations);
                foreach (var name in names)
                {
                    Add(name, info.Kind, NameForm.OfUnit);
                }

                continue;
            }

            if (FormOf(info) is not { } form)
            {
                continue;
            }

            var extra = Variants.Where(v => v.Kind == info.Kind).SelectMany(v => v.Phrases);
            IEnumerable<string> spellings = [info.NamePrefix, .. info.ShortPrefix is { } shortPrefix ? [shortPrefix] : Array.Empty<string>(), .. extra];
            if (form is NameForm.UnderCommittee or NameForm.OfUnit or NameForm.Locality)
            {
                spellings = spellings.Concat(info.Abbreviations.Where(a => !IsCentralOnly(info, a)));
            }

            foreach (var spelling in spellings)
            {
                Add(spelling, info.Kind, form, form == NameForm.Locality ? CommuneKinds : 0);
            }
        }

        return phrases.GroupBy(p => p.Words[0], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(p => p.Words.Length).ToArray(), StringComparer.Ordinal);
    }

    private static Dictionary<string, OrganizationKind> BuildCentralNames()
    {
        var names = new Dictionary<string, OrganizationKind>(StringComparer.Ordinal);
        void Add(string name, OrganizationKind kind)
        {
            var key = Key(name);
            if (key.Length > 0)
            {
                names.TryAdd(key, kind);
            }
        }

        // The composed names first, so that they win over any generated variant.
        foreach (var info in OrganizationKinds.All)
        {
            if (info.CentralName is { } name)
            {
                Add(name, info.Kind);
                if (info.CentralShortName is { } shortName)
                {
                    Add(shortName, info.Kind);
                }
            }
        }

        foreach (var (kind, variants) in CentralVariants)
        {
            foreach (var variant in variants)
            {
                Add(variant, kind);
            }
        }

        foreach (var info in OrganizationKinds.All)
        {
            if (info.CentralName is null)
            {
                continue;
            }

            if (info.Style == NameStyle.Fixed)
            {
                Add(info.VietnameseName, info.Kind);
                foreach (var abbreviation in info.Abbreviations)
                {
                    Add(abbreviation, info.Kind);
                }
            }
        }

        return names;
    }

    /// <summary>The form of names of <paramref name="info"/>'s kind below the centre; null for the central-only kinds.</summary>
    internal static NameForm? FormOf(OrganizationKindInfo info) => info.Style switch
    {
        NameStyle.UnderCommittee => NameForm.UnderCommittee,
        NameStyle.Delegation => NameForm.Delegation,
        NameStyle.OfUnit when info.Presences.All(p => p.Level == OrganizationLevel.Grassroots) => NameForm.Locality,
        NameStyle.OfUnit => NameForm.OfUnit,
        _ => null, // Committee kinds are read from CommitteeWords, Fixed kinds from the central names
    };

    // "TLĐLĐVN" names the central confederation only; as the start of a local body's name it would mislead.
    private static bool IsCentralOnly(OrganizationKindInfo info, string abbreviation) =>
        info.CentralName is not null && Key(abbreviation).EndsWith("vn", StringComparison.Ordinal);
}
