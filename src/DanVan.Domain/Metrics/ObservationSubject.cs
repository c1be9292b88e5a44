using System.Text.Json.Serialization;
using DanVan.Domain.Administration;
using DanVan.Domain.Organizations;
using NodaTime;

namespace DanVan.Domain.Metrics;

/// <summary>
/// Who or where a figure is about: an administrative unit (a code with the date its code refers to), an organization,
/// or both (the Ban Dân vận of a district, counted under that district).
/// </summary>
/// <remarks>
/// <para>Unit codes are reused across the 2025 reform, so a code alone is ambiguous; <see cref="UnitDate"/> says which
/// unit it was. When it is not given, the observation uses the last day of its period (or, for an organization with a
/// dated identifier such as <c>10183@2025-07-01/party-committee</c>, that date).</para>
/// <para>For an organization without <see cref="Unit"/>, the unit is the one its identifier names; a central body
/// (<c>tw/…</c>) has none and counts for the whole country. <c>default</c> is not a subject (<see cref="IsDefault"/>).
/// Immutable; compared by value.</para>
/// </remarks>
/// <example>
/// <code>
/// ObservationSubject.Of(UnitCode.Parse("279"));                                // huyện Thường Tín
/// ObservationSubject.Of(UnitCode.Parse("10183"), new LocalDate(2025, 7, 1));   // the new xã Thường Tín
/// ObservationSubject.Of(OrganizationId.Parse("279/danvan-commission"));        // Ban Dân vận Huyện ủy Thường Tín
/// </code>
/// </example>
[JsonConverter(typeof(ObservationSubjectJsonConverter))]
public readonly record struct ObservationSubject
{
    private ObservationSubject(UnitCode unit, LocalDate? unitDate, OrganizationId organization)
    {
        RawUnit = unit;
        UnitDate = unitDate;
        RawOrganization = organization;
    }

    /// <summary>The unit, or null when the subject is only an organization.</summary>
    public UnitCode? Unit => RawUnit.IsDefault ? null : RawUnit;

    /// <summary>The date the unit code refers to, if given.</summary>
    public LocalDate? UnitDate { get; }

    /// <summary>The organization, or null.</summary>
    public OrganizationId? Organization => RawOrganization.IsDefault ? null : RawOrganization;

    /// <summary>True for <c>default</c>, which names nothing.</summary>
    public bool IsDefault => RawUnit.IsDefault && RawOrganization.IsDefault;

    internal UnitCode RawUnit { get; }

    internal OrganizationId RawOrganization { get; }

    /// <summary>A unit, optionally with the date its code refers to.</summary>
    /// <exception cref="ArgumentException"><paramref name="unit"/> is default, or the date is not in the ISO calendar.</exception>
    public static ObservationSubject Of(UnitCode unit, LocalDate? unitDate = null) => Of(unit, unitDate, null);

    /// <summary>An organization; its unit is the one its identifier names.</summary>
    /// <exception cref="ArgumentException"><paramref name="organization"/> is default.</exception>
    public static ObservationSubject Of(OrganizationId organization) =>
        organization.IsDefault ? throw new ArgumentException("The organization is default(OrganizationId).", nameof(organization)) : new(default, null, organization);

    /// <summary>A unit and an organization, or either alone (pass null or default for the other).</summary>
    /// <exception cref="ArgumentException">Neither is given, a given value is default, or the date is not in the ISO calendar or comes without a unit.</exception>
    public static ObservationSubject Of(UnitCode? unit, LocalDate? unitDate, OrganizationId? organization)
    {
        var code = unit ?? default;
        var body = organization ?? default;
        if (code.IsDefault && body.IsDefault)
        {
            throw new ArgumentException("A subject needs a unit, an organization, or both.", nameof(unit));
        }

        if (unitDate is { } date && (code.IsDefault || date.Calendar != CalendarSystem.Iso))
        {
            throw new ArgumentException("A unit date needs a unit and the ISO calendar.", nameof(unitDate));
        }

        return new ObservationSubject(code, unitDate, body);
    }

    /// <summary>The unit this subject counts under: its own, or the one its organization's identifier names; null for a central body.</summary>
    public UnitCode? EffectiveUnit => Unit ?? RawOrganization.Unit;

    /// <summary>The date the effective unit is read at, given the observation's period.</summary>
    public LocalDate EffectiveUnitDate(ReportingPeriod period) =>
        UnitDate ?? (RawUnit.IsDefault ? RawOrganization.UnitSince : null) ?? period.End;

    /// <summary>"279", "10183@2025-07-01", "279/danvan-commission", "279 279/danvan-commission".</summary>
    public override string ToString()
    {
        var unit = RawUnit.IsDefault ? string.Empty : UnitDate is { } d ? $"{RawUnit}@{d:yyyy-MM-dd}" : RawUnit.ToString();
        return RawOrganization.IsDefault ? unit : unit.Length == 0 ? RawOrganization.ToString() : $"{unit} {RawOrganization}";
    }
}
