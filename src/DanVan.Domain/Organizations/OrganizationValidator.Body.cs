using DanVan.Domain.Administration;
using DanVan.Domain.Validation;
using NodaTime;

namespace DanVan.Domain.Organizations;

// One organization on its own: kind, unit, dates and fields (DV3101–DV3105, DV3115, DV3116).
public static partial class OrganizationValidator
{
    private static void BodyIssues(Body body)
    {
        if (body.Info is null)
        {
            // Only default(OrganizationId) names no kind, and an Organization cannot hold one.
            return;
        }

        KindIssues(body, body.Info);
        UnitIssues(body);
        FieldIssues(body, body.Info);
        ParentIssues(body, body.Info);
        SupervisorIssues(body, body.Info);
        EventIssues(body);
    }

    private static void KindIssues(Body body, OrganizationKindInfo info)
    {
        if (info.PresenceAt(body.Level) is not { } presence)
        {
            body.Add(
                OrganizationIssues.KindNotAtLevel, "id", body.IdText,
                [.. KindArgs(info), .. Pair("level", LevelName(body.Level)), .. Pair("levels", LevelList(info.Levels))]);
            return;
        }

        var kindSpan = DateSpan.Of(presence.From, presence.Until);
        var life = body.Life;
        var startOutside = life.From is { } from && !kindSpan.Covers(from);
        var endOutside = life.Until is { } until ? !kindSpan.Covers(until) : kindSpan.Until is not null;
        if (startOutside || endOutside)
        {
            var property = startOutside ? "validFrom" : "validUntil";
            var tooEarly = kindSpan.From is { } kindStart && ((life.From is { } start && start < kindStart) || (life.Until is { } end && end < kindStart));
            var attempted = Iso(startOutside ? body.Own.From : body.Own.Until);
            body.Add(
                OrganizationIssues.KindNotOnDates, property, attempted,
                [.. KindArgs(info), .. Pair("level", LevelName(body.Level)), .. Pair("period", Period(kindSpan)), .. Pair("life", Life(life)),
                 .. Pair("hint", KindHint(info, presence, tooEarly))]);
        }
        else if (life.From is null && kindSpan.From is { } kindFrom)
        {
            body.Add(
                OrganizationIssues.KindStartUnknown, "validFrom", null,
                [.. KindArgs(info), .. Pair("level", LevelName(body.Level)), Arg("from", Iso(kindFrom))]);
        }
    }

    // What took over, or what came before: the answer a portal needs when the 2025 restructuring moved a body.
    private static (string English, string Vietnamese) KindHint(OrganizationKindInfo info, KindPresence presence, bool tooEarly)
    {
        if (tooEarly)
        {
            var predecessors = OrganizationKinds.All.Where(other => other.PresenceAt(presence.Level)?.Successor == info.Kind).ToArray();
            return predecessors.Length > 0 && presence.From is { } from
                ? ($" Before {Iso(from)} that work was done by the {Join([.. predecessors.Select(p => p.EnglishName)], "and the")}.",
                   $" Trước ngày {Iso(from)}, công việc này do {Join([.. predecessors.Select(p => p.VietnameseName)], "và")} đảm nhiệm.")
                : (string.Empty, string.Empty);
        }

        if (presence.Until is not { } last || last == LocalDate.MaxIsoValue)
        {
            return (string.Empty, string.Empty);
        }

        var next = Iso(last.PlusDays(1));
        if (presence.Successor is { } successor)
        {
            var successorInfo = OrganizationKinds.Get(successor);
            return ($" From {next} the {successorInfo.EnglishName} took over at this level.", $" Từ ngày {next}, {successorInfo.VietnameseName} đảm nhiệm ở cấp này.");
        }

        return presence.Level == OrganizationLevel.District && last == Restructuring2025.LastDistrictDay
            ? ($" The district level ended on {Iso(last)}; local government has two levels from {next}.", $" Cấp huyện kết thúc hoạt động ngày {Iso(last)}; từ ngày {next} chính quyền địa phương có hai cấp.")
            : (string.Empty, string.Empty);
    }

    private static void UnitIssues(Body body)
    {
        if (body.Id.Unit is not { } code)
        {
            return;
        }

        if (body.Unit is not { } unit)
        {
            var version = body.Id.UnitSince is { } since
                ? ($"starting on {Iso(DateSpan.ToIso(since)!.Value)}", $"bắt đầu từ ngày {Iso(DateSpan.ToIso(since)!.Value)}")
                : ("with an open start", "có ngày bắt đầu mở");
            body.Add(
                OrganizationIssues.UnitVersionNotFound, "id", body.IdText,
                [Arg("code", code.ToString()), .. Pair("version", version), .. Pair("hint", UnitVersionHint(body.Registry, body.Id))]);
            return;
        }

        var unitSpan = DateSpan.Of(unit.ValidFrom, unit.ValidUntil);
        var own = body.Own;
        var property = own.From is { } from && !unitSpan.Covers(from) ? "validFrom"
            : own.Until is { } until && !unitSpan.Covers(until) ? "validUntil"
            : null;
        if (property is not null)
        {
            body.Add(
                OrganizationIssues.UnitNotOnDates, property, Iso(property == "validFrom" ? own.From : own.Until),
                [Arg("unit", $"{unit.FullName} ({code})"), .. Pair("period", Period(unitSpan)), .. Pair("life", Life(own))]);
        }
    }

    private static void FieldIssues(Body body, OrganizationKindInfo info)
    {
        var organization = body.Organization;
        if (organization.Number is { } number && info.Category != OrganizationCategory.AdHoc)
        {
            body.Add(
                OrganizationIssues.FieldNotApplicable, "number", number.ToString(System.Globalization.CultureInfo.InvariantCulture),
                [.. KindArgs(info), .. Pair("field", ("a number", "số hiệu")),
                 .. Pair("applies", ("delegations, as in Đoàn Kiểm tra số 3", "các đoàn công tác, như Đoàn Kiểm tra số 3"))]);
        }

        if (organization.Locality is { } locality && !info.ExistsAt(OrganizationLevel.Grassroots))
        {
            body.Add(
                OrganizationIssues.FieldNotApplicable, "locality", Shown(locality),
                [.. KindArgs(info), .. Pair("field", ("a locality", "địa bàn thôn, tổ dân phố")),
                 .. Pair("applies", ("grassroots bodies of a village or residential group", "các tổ chức ở thôn, tổ dân phố"))]);
        }

        if (body.Id.Local is { } local && body.Unit is { } unit && info.PresenceAt(body.Level) is { IsStanding: true })
        {
            body.Add(
                OrganizationIssues.SecondStandingBody, "id", body.IdText,
                [.. KindArgs(info), .. Pair("level", LevelName(body.Level)), Arg("standing", OrganizationId.For(info.Kind, unit).ToString()), Arg("local", local)]);
        }
    }

    /// <summary>The level of the body an identifier names: a commune code holds grassroots kinds too.</summary>
    private static OrganizationLevel LevelOf(OrganizationId id)
    {
        if (id.Unit is not { } code)
        {
            return OrganizationLevel.Central;
        }

        return code.Level switch
        {
            AdministrativeLevel.Province => OrganizationLevel.Province,
            AdministrativeLevel.District => OrganizationLevel.District,
            _ => OrganizationKinds.IsDefined(id.Kind) && OrganizationKinds.Get(id.Kind) is var info &&
                 !info.ExistsAt(OrganizationLevel.Commune) && info.ExistsAt(OrganizationLevel.Grassroots)
                ? OrganizationLevel.Grassroots
                : OrganizationLevel.Commune,
        };
    }

    private static OrganizationLevel LevelOf(AdministrativeUnit unit) => OrganizationRegistry.LevelOf(unit);

    /// <summary>
    /// The days a body exists, as the validator reads them: its own dates, and where it gives none, its unit's; an open
    /// end after its unit ended is the unit's end (unless the body starts after it: then it stays open).
    /// </summary>
    private static DateSpan LifeOf(Organization organization, AdministrativeUnit? unit)
    {
        var own = DateSpan.Of(organization.ValidFrom, organization.ValidUntil);
        var unitSpan = unit is null ? default : DateSpan.Of(unit.ValidFrom, unit.ValidUntil);
        var from = own.From ?? unitSpan.From;
        var until = own.Until ?? (unitSpan.Until is { } end && (from is not { } start || end >= start) ? end : null);
        return new DateSpan(from, until);
    }

    /// <summary>An organization being checked, with what every rule needs.</summary>
    private sealed class Body
    {
        public Body(Organization organization, OrganizationRegistry registry, string path, List<ValidationIssue> issues, Dictionary<OrganizationId, string>? loops = null)
        {
            Loops = loops;
            Organization = organization;
            Registry = registry;
            Path = path;
            Issues = issues;
            Id = organization.Id;
            IdText = Id.ToString();
            Info = OrganizationKinds.IsDefined(Id.Kind) ? OrganizationKinds.Get(Id.Kind) : null;
            Level = LevelOf(Id);
            Unit = registry.UnitVersion(Id);
            Own = DateSpan.Of(organization.ValidFrom, organization.ValidUntil);
            Life = LifeOf(organization, Unit);
        }

        public Organization Organization { get; }

        /// <summary>For a whole registry, the loops found once for all its bodies; null to walk this body's own line.</summary>
        public Dictionary<OrganizationId, string>? Loops { get; }

        public OrganizationRegistry Registry { get; }

        public string Path { get; }

        public List<ValidationIssue> Issues { get; }

        public OrganizationId Id { get; }

        public string IdText { get; }

        public OrganizationKindInfo? Info { get; }

        public OrganizationLevel Level { get; }

        /// <summary>The unit version the identifier names; null for a central body or when the catalog has none.</summary>
        public AdministrativeUnit? Unit { get; }

        /// <summary>The dates the body gives.</summary>
        public DateSpan Own { get; }

        /// <summary>The dates the body exists (see <see cref="LifeOf"/>).</summary>
        public DateSpan Life { get; }

        /// <summary>
        /// The days on which the parent and supervisor must exist: the first day when known (<c>IsFirst</c>: the body named
        /// there must exist itself then), and the last (for an open end, the catalog's newest state), when a successor of
        /// the body named may stand in for it.
        /// </summary>
        public IEnumerable<(LocalDate Day, bool IsFirst)> CheckDays(LocalDate? from = null)
        {
            var first = DateSpan.Later(Life.From, from);
            var newest = DateSpan.ToIso(Registry.Catalog.NewestState)!.Value;
            var last = Life.Until ?? (first is { } start && start > newest ? start : newest);
            if (first is { } day)
            {
                yield return (day, true);
            }

            if (first != last)
            {
                yield return (last, false);
            }
        }

        /// <summary>True when the body's unit exists on <paramref name="date"/> (or the body is central).</summary>
        public bool UnitCovers(LocalDate date) => Unit is not { } unit ? Id.IsCentral : DateSpan.Of(unit.ValidFrom, unit.ValidUntil).Covers(date);

        public void Add(IssueDescriptor descriptor, string property, string? attempted, IEnumerable<IssueArgument> arguments) =>
            Issues.Add(descriptor.Create(IssuePath.Combine(Path, property), attempted, [Arg("id", IdText), .. arguments]));
    }
}
