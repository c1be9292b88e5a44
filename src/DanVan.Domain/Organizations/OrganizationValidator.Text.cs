using DanVan.Domain.Serialization;
using DanVan.Domain.Text;
using DanVan.Domain.Validation;
using NodaTime;

namespace DanVan.Domain.Organizations;

// The words that fill the messages, in both languages.
public static partial class OrganizationValidator
{
    private static IssueArgument Arg(string name, string value) => new(name, value);

    private static string Iso(LocalDate date) => LocalDateJsonConverter.Format(date);

    private static string? Iso(LocalDate? date) => date is { } value ? Iso(value) : null;

    private static string Shown(string text) => AttemptedValue.Of(text);

    private static IEnumerable<IssueArgument> Pair(string name, (string English, string Vietnamese) text) =>
        [Arg(name, text.English), Arg(name + "Vi", text.Vietnamese)];

    private static IEnumerable<IssueArgument> KindArgs(OrganizationKindInfo info) => Pair("kind", (info.EnglishName, info.VietnameseName));

    /// <summary>When something exists: "from 2025-03-01 to 2025-06-30", "until 2025-02-02", "from 2025-07-01 onwards".</summary>
    private static (string English, string Vietnamese) Period(DateSpan span) => (Iso(span.From), Iso(span.Until)) switch
    {
        ({ } from, { } until) => ($"from {from} to {until}", $"từ ngày {from} đến ngày {until}"),
        ({ } from, null) => ($"from {from} onwards", $"từ ngày {from} đến nay"),
        (null, { } until) => ($"until {until}", $"đến ngày {until}"),
        _ => ("at all dates", "ở mọi thời điểm"),
    };

    /// <summary>The dates a body or an appointment gives: like <see cref="Period"/>, but saying which ends are missing.</summary>
    private static (string English, string Vietnamese) Life(DateSpan span) => (Iso(span.From), Iso(span.Until)) switch
    {
        ({ } from, { } until) => ($"from {from} to {until}", $"từ ngày {from} đến ngày {until}"),
        ({ } from, null) => ($"from {from} with no end date", $"từ ngày {from}, không có ngày kết thúc"),
        (null, { } until) => ($"until {until} with no start date", $"đến ngày {until}, không có ngày bắt đầu"),
        _ => ("with no dates", "không ghi thời gian"),
    };

    private static (string English, string Vietnamese) LevelName(OrganizationLevel level) => level switch
    {
        OrganizationLevel.Central => ("central", "cấp trung ương"),
        OrganizationLevel.Province => ("province", "cấp tỉnh"),
        OrganizationLevel.District => ("district", "cấp huyện"),
        OrganizationLevel.Commune => ("commune", "cấp xã"),
        _ => ("grassroots", "cấp cơ sở (thôn, tổ dân phố)"),
    };

    /// <summary>"province, district and commune levels" / "cấp tỉnh, cấp huyện và cấp xã".</summary>
    private static (string English, string Vietnamese) LevelList(IEnumerable<OrganizationLevel> levels)
    {
        var names = levels.Distinct().Order().Select(LevelName).ToArray();
        if (names.Length == 0)
        {
            return ("no level", "không cấp nào");
        }

        var english = Join(names.Select(n => n.English).ToArray(), "and");
        var vietnamese = Join(names.Select(n => n.Vietnamese).ToArray(), "và");
        var grassroots = names[^1].English == "grassroots" ? " (on a commune code)" : string.Empty;
        return (english + (names.Length == 1 ? " level" : " levels") + grassroots, vietnamese);
    }

    private static string Join(string[] parts, string and) =>
        parts.Length == 1 ? parts[0] : string.Join(", ", parts[..^1]) + " " + and + " " + parts[^1];

    /// <summary>A step of the administrative line: "district level (Huyện Thường Tín)", "central level".</summary>
    private static (string English, string Vietnamese) StepName(Step step)
    {
        var (english, vietnamese) = LevelName(step.Level);
        return step.Name is { } name ? ($"{english} level ({name})", $"{vietnamese} ({name})") : ($"{english} level", vietnamese);
    }

    private static (string English, string Vietnamese) RoleName(PostRole role) => role switch
    {
        PostRole.Head => ("head", "người đứng đầu"),
        PostRole.StandingDeputyHead => ("standing deputy head", "cấp phó thường trực"),
        PostRole.DeputyHead => ("deputy head", "cấp phó"),
        _ => ("member", "thành viên"),
    };

    private static string RoleJsonName(PostRole role) => role switch
    {
        PostRole.Head => "head",
        PostRole.StandingDeputyHead => "standingDeputyHead",
        PostRole.DeputyHead => "deputyHead",
        _ => "member",
    };

    private static (string English, string Vietnamese) EventName(OrganizationEventKind kind) => kind switch
    {
        OrganizationEventKind.Established => ("established", "thành lập"),
        OrganizationEventKind.Dissolved => ("dissolved", "giải thể"),
        OrganizationEventKind.MergedInto => ("merged-into", "hợp nhất, sáp nhập"),
        OrganizationEventKind.Split => ("split", "chia tách"),
        OrganizationEventKind.Renamed => ("renamed", "đổi tên"),
        _ => ("re-subordinated", "chuyển trực thuộc"),
    };

    /// <summary>
    /// What the catalog has under the code of <paramref name="id"/>, when the identifier names no version of it, written
    /// as the scopes an identifier takes: " Code 10183 has: Thị trấn Thường Tín (10183, until 2025-06-30); Xã Thường Tín
    /// (10183@2025-07-01, from 2025-07-01 onwards)." Empty when the version exists or the body is central.
    /// </summary>
    private static (string English, string Vietnamese) UnitVersionHint(OrganizationRegistry registry, OrganizationId id)
    {
        if (id.Unit is not { } code || registry.UnitVersion(id) is not null)
        {
            return (string.Empty, string.Empty);
        }

        var versions = registry.Catalog.Versions(code);
        if (versions.Count == 0)
        {
            return ($" The catalog has never had code {code}.", $" Danh mục chưa từng có mã {code}.");
        }

        var english = new List<string>(versions.Count);
        var vietnamese = new List<string>(versions.Count);
        foreach (var version in versions)
        {
            var scope = version.ValidFrom is { } from ? code + "@" + Iso(from) : code.ToString();
            var (periodEnglish, periodVietnamese) = Period(DateSpan.Of(version.ValidFrom, version.ValidUntil));
            english.Add($"{version.FullName} ({scope}, {periodEnglish})");
            vietnamese.Add($"{version.FullName} ({scope}, {periodVietnamese})");
        }

        return ($" Code {code} has: {string.Join("; ", english)}.", $" Mã {code} có: {string.Join("; ", vietnamese)}.");
    }

    private static string UnitName(OrganizationRegistry registry, OrganizationId id) =>
        id.Unit is not { } code ? "the centre" : registry.UnitVersion(id)?.FullName ?? code.ToString();
}
