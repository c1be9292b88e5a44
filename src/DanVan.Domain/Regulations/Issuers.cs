namespace DanVan.Domain.Regulations;

/// <summary>
/// The closed table of issuer abbreviations (chữ viết tắt tên cơ quan ban hành) that the library knows.
/// </summary>
/// <remarks>
/// <para>The grammar of document numbers allows any abbreviation, so an unknown issuer still parses; the
/// <see cref="RegulationValidator"/> reports it (DV4101) so that a typo does not pass unnoticed. The table holds
/// the bodies that dân vận work cites; docs/regulations.md prints it.</para>
/// <para>Lenient parsing also accepts <c>TƯ</c> for <c>TW</c> (both spellings of Trung ương are in use); plain
/// folding would have made it <c>TU</c>, a provincial committee. All members are thread-safe.</para>
/// </remarks>
public static class Issuers
{
    private static readonly Issuer[] Table =
    [
        Party("TW", IssuerLevel.Central, "Ban Chấp hành Trung ương Đảng (Bộ Chính trị, Ban Bí thư)", "Party Central Committee (Politburo, Secretariat)"),
        Party("VPTW", IssuerLevel.Central, "Văn phòng Trung ương Đảng", "Office of the Party Central Committee"),
        Party("UBKTTW", IssuerLevel.Central, "Ủy ban Kiểm tra Trung ương", "Central Inspection Commission"),
        Party("BDVTW", IssuerLevel.Central, "Ban Dân vận Trung ương", "Central Commission for Mass Mobilization (until 2025-02-03)"),
        Party("BTGTW", IssuerLevel.Central, "Ban Tuyên giáo Trung ương", "Central Commission for Communication and Education (until 2025-02-03)"),
        Party("BTGDVTW", IssuerLevel.Central, "Ban Tuyên giáo và Dân vận Trung ương", "Central Commission for Communication, Education and Mass Mobilization (from 2025-02-03)"),
        Party("BTCTW", IssuerLevel.Central, "Ban Tổ chức Trung ương", "Central Organization Commission"),
        Party("TU", IssuerLevel.Province, "Tỉnh ủy, Thành ủy", "provincial or municipal Party committee"),
        Party("BDVTU", IssuerLevel.Province, "Ban Dân vận Tỉnh ủy, Thành ủy", "mass mobilization commission of a provincial Party committee"),
        Party("HU", IssuerLevel.District, "Huyện ủy", "district Party committee"),
        Party("QU", IssuerLevel.District, "Quận ủy", "urban district Party committee"),
        Party("ĐU", IssuerLevel.Grassroots, "Đảng ủy", "Party committee of a commune, ward, agency or enterprise"),

        State("QH", IssuerLevel.Central, "Quốc hội", "National Assembly", carriesAssemblyTerm: true),
        State("UBTVQH", IssuerLevel.Central, "Ủy ban Thường vụ Quốc hội", "Standing Committee of the National Assembly", carriesAssemblyTerm: true),
        State("CTN", IssuerLevel.Central, "Chủ tịch nước", "State President"),
        State("CP", IssuerLevel.Central, "Chính phủ", "Government"),
        State("TTg", IssuerLevel.Central, "Thủ tướng Chính phủ", "Prime Minister"),
        State("VPCP", IssuerLevel.Central, "Văn phòng Chính phủ", "Government Office"),
        State("BNV", IssuerLevel.Central, "Bộ Nội vụ", "Ministry of Home Affairs"),
        State("BGDĐT", IssuerLevel.Central, "Bộ Giáo dục và Đào tạo", "Ministry of Education and Training"),
        State("CTK", IssuerLevel.Central, "Cục Thống kê", "National Statistics Office"),
        State("UBND", IssuerLevel.Local, "Ủy ban nhân dân", "People's Committee"),
        State("HĐND", IssuerLevel.Local, "Hội đồng nhân dân", "People's Council"),
    ];

    private static readonly AbbreviationTable<Issuer> PartyAbbreviations = AbbreviationsOf(DocumentSystem.Party, [("TƯ", "TW")]);
    private static readonly AbbreviationTable<Issuer> StateAbbreviations = AbbreviationsOf(DocumentSystem.State, []);

    /// <summary>Every known issuer of both systems, Party first.</summary>
    public static IReadOnlyList<Issuer> All { get; } = Array.AsReadOnly(Table);

    /// <summary>The issuer whose official abbreviation in <paramref name="system"/> is exactly <paramref name="abbreviation"/> (case-sensitive), or null.</summary>
    public static Issuer? Find(DocumentSystem system, string? abbreviation)
    {
        if (abbreviation is null)
        {
            return null;
        }

        return Abbreviations(system)?.Find(abbreviation, out var issuer, out _, out _) == AbbreviationMatch.Exact ? issuer : null;
    }

    internal static AbbreviationTable<Issuer>? Abbreviations(DocumentSystem system) => system switch
    {
        DocumentSystem.Party => PartyAbbreviations,
        DocumentSystem.State => StateAbbreviations,
        _ => null,
    };

    private static AbbreviationTable<Issuer> AbbreviationsOf(DocumentSystem system, (string Alias, string Abbreviation)[] aliases) =>
        new(Table.Where(i => i.System == system).Select(i => (i.Abbreviation, i)), aliases);

    private static Issuer Party(string abbreviation, IssuerLevel level, string vietnamese, string english) =>
        new(DocumentSystem.Party, abbreviation, level, vietnamese, english);

    private static Issuer State(string abbreviation, IssuerLevel level, string vietnamese, string english, bool carriesAssemblyTerm = false) =>
        new(DocumentSystem.State, abbreviation, level, vietnamese, english, carriesAssemblyTerm);
}
