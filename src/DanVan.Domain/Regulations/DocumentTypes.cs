namespace DanVan.Domain.Regulations;

/// <summary>
/// The closed table of document types of both systems, with the abbreviation each one's numbers carry
/// (bảng chữ viết tắt tên loại văn bản).
/// </summary>
/// <remarks>
/// <para>Party types are those of DOMAIN.md §3 (after Hướng dẫn 36-HD/VPTW of 3/4/2018), as seen in real
/// numbers: <c>QĐi</c> is a quy định (11-QĐi/TW) and <c>QĐ</c> a quyết định; but since 2021 Party quy định are
/// often numbered <c>QĐ</c> too (124-QĐ/TW, 366-QĐ/TW), so the abbreviation alone does not settle the kind: a
/// <see cref="Regulation"/> states its own. State types follow Nghị định 30/2020/NĐ-CP, Phụ lục III (administrative
/// documents, where a quy định is <c>QyĐ</c>, a bản ghi nhớ <c>BGN</c>) and the Law on normative documents (NĐ, TT,
/// TTLT, PL, NQLT). Laws, codes and the Constitution carry no type abbreviation: their number carries the Assembly and its
/// term (<c>10/2022/QH15</c>); a công văn carries none either (<c>1027/CTK-CSCL</c>). docs/regulations.md prints
/// the table with its sources.</para>
/// <para>The same abbreviation can mean different kinds in the two systems (<c>TT</c>: Party thông tri, State thông
/// tư), so lookups always take the system. All members are thread-safe.</para>
/// </remarks>
public static class DocumentTypes
{
    private static readonly DocumentType[] Table =
    [
        Party(DocumentKind.Resolution, "NQ", "Nghị quyết", "resolution"),
        Party(DocumentKind.Decision, "QĐ", "Quyết định", "decision"),
        Party(DocumentKind.Regulation, "QĐi", "Quy định", "regulation"),
        Party(DocumentKind.Directive, "CT", "Chỉ thị", "directive"),
        Party(DocumentKind.Conclusion, "KL", "Kết luận", "conclusion"),
        Party(DocumentKind.Guidance, "HD", "Hướng dẫn", "guidance"),
        Party(DocumentKind.Rules, "QC", "Quy chế", "rules"),
        Party(DocumentKind.Programme, "CTr", "Chương trình", "programme"),
        Party(DocumentKind.Plan, "KH", "Kế hoạch", "plan"),
        Party(DocumentKind.Notice, "TB", "Thông báo", "notice"),
        Party(DocumentKind.PartyCircular, "TT", "Thông tri", "Party circular"),
        Party(DocumentKind.Report, "BC", "Báo cáo", "report"),
        Party(DocumentKind.Submission, "TTr", "Tờ trình", "submission"),
        Party(DocumentKind.OfficialLetter, "CV", "Công văn", "official letter"),

        State(DocumentKind.Constitution, null, "Hiến pháp", "constitution"),
        State(DocumentKind.Code, null, "Bộ luật", "code"),
        State(DocumentKind.Law, null, "Luật", "law"),
        State(DocumentKind.Ordinance, "PL", "Pháp lệnh", "ordinance"),
        State(DocumentKind.Order, "L", "Lệnh", "order"),
        State(DocumentKind.Decree, "NĐ", "Nghị định", "decree"),
        State(DocumentKind.Circular, "TT", "Thông tư", "circular"),
        State(DocumentKind.JointCircular, "TTLT", "Thông tư liên tịch", "joint circular"),
        State(DocumentKind.JointResolution, "NQLT", "Nghị quyết liên tịch", "joint resolution"),
        State(DocumentKind.Resolution, "NQ", "Nghị quyết", "resolution"),
        State(DocumentKind.Decision, "QĐ", "Quyết định", "decision"),
        State(DocumentKind.Directive, "CT", "Chỉ thị", "directive"),
        State(DocumentKind.Rules, "QC", "Quy chế", "rules"),
        State(DocumentKind.Regulation, "QyĐ", "Quy định", "regulation"),
        State(DocumentKind.Communique, "TC", "Thông cáo", "communiqué"),
        State(DocumentKind.Notice, "TB", "Thông báo", "notice"),
        State(DocumentKind.Guidance, "HD", "Hướng dẫn", "guidance"),
        State(DocumentKind.Programme, "CTr", "Chương trình", "programme"),
        State(DocumentKind.Plan, "KH", "Kế hoạch", "plan"),
        State(DocumentKind.Scheme, "PA", "Phương án", "scheme"),
        State(DocumentKind.Project, "ĐA", "Đề án", "project proposal"),
        State(DocumentKind.InvestmentProject, "DA", "Dự án", "project"),
        State(DocumentKind.Report, "BC", "Báo cáo", "report"),
        State(DocumentKind.Minutes, "BB", "Biên bản", "minutes"),
        State(DocumentKind.Submission, "TTr", "Tờ trình", "submission"),
        State(DocumentKind.Contract, "HĐ", "Hợp đồng", "contract"),
        State(DocumentKind.Dispatch, "CĐ", "Công điện", "telegram dispatch"),
        State(DocumentKind.Memorandum, "BGN", "Bản ghi nhớ", "memorandum of understanding"),
        State(DocumentKind.Agreement, "BTT", "Bản thỏa thuận", "agreement"),
        State(DocumentKind.PowerOfAttorney, "GUQ", "Giấy ủy quyền", "power of attorney"),
        State(DocumentKind.Invitation, "GM", "Giấy mời", "invitation"),
        State(DocumentKind.LetterOfIntroduction, "GGT", "Giấy giới thiệu", "letter of introduction"),
        State(DocumentKind.LeaveCertificate, "GNP", "Giấy nghỉ phép", "leave certificate"),
        State(DocumentKind.TransmittalSlip, "PG", "Phiếu gửi", "transmittal slip"),
        State(DocumentKind.ReferralSlip, "PC", "Phiếu chuyển", "referral slip"),
        State(DocumentKind.NotificationSlip, "PB", "Phiếu báo", "notification slip"),
        State(DocumentKind.OfficialLetter, null, "Công văn", "official letter"),
    ];

    private static readonly AbbreviationTable<DocumentType> PartyAbbreviations = AbbreviationsOf(DocumentSystem.Party);
    private static readonly AbbreviationTable<DocumentType> StateAbbreviations = AbbreviationsOf(DocumentSystem.State);

    /// <summary>Every type of both systems, Party first, in the order of the official tables.</summary>
    public static IReadOnlyList<DocumentType> All { get; } = Array.AsReadOnly(Table);

    /// <summary>The types of one system.</summary>
    public static IReadOnlyList<DocumentType> For(DocumentSystem system) => system switch
    {
        DocumentSystem.Party => PartyTypes,
        DocumentSystem.State => StateTypes,
        _ => [],
    };

    /// <summary>The type of <paramref name="kind"/> in <paramref name="system"/>, or null when that system has no such type (a Party decree, a State conclusion).</summary>
    public static DocumentType? Find(DocumentSystem system, DocumentKind kind)
    {
        foreach (var type in Table)
        {
            if (type.System == system && type.Kind == kind)
            {
                return type;
            }
        }

        return null;
    }

    /// <summary>The type whose official abbreviation in <paramref name="system"/> is exactly <paramref name="abbreviation"/> (case-sensitive: <c>QĐi</c>, not <c>QDI</c>), or null.</summary>
    public static DocumentType? FindByAbbreviation(DocumentSystem system, string? abbreviation)
    {
        if (abbreviation is null)
        {
            return null;
        }

        return Abbreviations(system)?.Find(abbreviation, out var type, out _, out _) == AbbreviationMatch.Exact ? type : null;
    }

    /// <summary>True when <paramref name="system"/> has documents of <paramref name="kind"/>.</summary>
    public static bool IsValid(DocumentSystem system, DocumentKind kind) => Find(system, kind) is not null;

    internal static AbbreviationTable<DocumentType>? Abbreviations(DocumentSystem system) => system switch
    {
        DocumentSystem.Party => PartyAbbreviations,
        DocumentSystem.State => StateAbbreviations,
        _ => null,
    };

    private static IReadOnlyList<DocumentType> PartyTypes { get; } = Array.AsReadOnly(Table.Where(t => t.System == DocumentSystem.Party).ToArray());

    private static IReadOnlyList<DocumentType> StateTypes { get; } = Array.AsReadOnly(Table.Where(t => t.System == DocumentSystem.State).ToArray());

    private static AbbreviationTable<DocumentType> AbbreviationsOf(DocumentSystem system) =>
        new(Table.Where(t => t.System == system && t.Abbreviation is not null).Select(t => (t.Abbreviation!, t)));

    private static DocumentType Party(DocumentKind kind, string abbreviation, string vietnamese, string english) =>
        new(DocumentSystem.Party, kind, abbreviation, vietnamese, english);

    private static DocumentType State(DocumentKind kind, string? abbreviation, string vietnamese, string english) =>
        new(DocumentSystem.State, kind, abbreviation, vietnamese, english);
}
