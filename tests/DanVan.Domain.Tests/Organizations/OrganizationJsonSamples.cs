using DanVan.Domain.Administration;
using DanVan.Domain.Organizations;
using DanVan.Domain.Regulations;
using NodaTime;

namespace DanVan.Domain.Tests.Organizations;

/// <summary>
/// The registry of docs/organizations-json.md, built in code: an explicitly named standing body, a delegation, a chi bộ in
/// a village of xã Ninh Sở (10186, under huyện Thường Tín), and appointments with "kiêm" and "quyền". The people, their
/// identifiers and the dates are placeholders, not facts.
/// </summary>
internal static class OrganizationJsonSamples
{
    public static readonly LocalDate ExportDate = new(2020, 3, 26);

    public static readonly UnitCode ThuongTin = Code("279");

    public static readonly UnitCode NinhSo = Code("10186");

    public static readonly Person PersonA = new("Nguyễn Văn A", "hn-0001");

    public static readonly Person PersonB = new("Trần Thị B");

    public static readonly Person PersonC = new("Lê Văn C");

    public static Organization ExplicitCommission { get; } = new(
        Id("01/danvan-commission"), "Ban Dân vận Thành ủy Hà Nội",
        englishName: "Mass Mobilization Commission of the Hanoi Party Committee",
        parentId: Id("01/party-committee"), note: "Added to give the English name the portal uses.");

    public static Organization Delegation { get; } = new(
        Id("01/inspection-delegation/2020-3"), "Đoàn Kiểm tra số 3 Thành ủy Hà Nội",
        parentId: Id("01/party-committee"), validFrom: new LocalDate(2020, 3, 1), number: 3);

    public static Organization PartyCell { get; } = new(
        Id("10186/party-cell/thon-dong"), "Chi bộ thôn Đông", parentId: Id("10186/party-committee"), locality: "thôn Đông");

    public static IReadOnlyList<Appointment> Appointments { get; } =
    [
        new(PersonA, Id("279/danvan-commission"), PostRole.Head, start: new LocalDate(2016, 1, 1)),
        new(PersonA, Id("279/fatherland-front-committee"), PostRole.Head, start: new LocalDate(2016, 1, 1), isConcurrent: true),
        new(PersonB, Id("279/peoples-committee"), PostRole.Head, start: new LocalDate(2020, 1, 1), isActing: true),
        new(PersonC, Id("01/inspection-delegation/2020-3"), PostRole.Head, start: new LocalDate(2020, 3, 1)),
    ];

    public static OrganizationRegistry Registry { get; } = new OrganizationRegistryBuilder()
        .Add(ExplicitCommission).Add(Delegation).Add(PartyCell).AddRange(Appointments).Build();

    /// <summary>An appointment with every property set, legal basis and end included.</summary>
    public static Appointment Full { get; } = new(
        new Person("Phạm Thị D", "hn-0004"), Id("279/peoples-council"), PostRole.DeputyHead, new LocalDate(2016, 6, 1), new LocalDate(2021, 5, 31),
        isConcurrent: true, isActing: true, legalBasis: DocumentNumber.Parse("12/QĐ-UBND"), note: "placeholder");

    public static OrganizationId Id(string text) => OrganizationId.Parse(text, null);

    public static UnitCode Code(string text) => UnitCode.Parse(text, null);
}
