namespace DanVan.Domain.Administration;

/// <summary>
/// A unit reached by following the lineage forward (<see cref="AdministrativeCatalog.Translate(AdministrativeUnit, NodaTime.LocalDate)"/>)
/// or back (<see cref="AdministrativeCatalog.Predecessors(AdministrativeUnit, NodaTime.LocalDate)"/>), with how much of
/// the older unit it shares.
/// </summary>
/// <param name="Unit">The unit reached, as valid on the date asked for.</param>
/// <param name="Coverage">How much of the <b>older</b> unit lies in the newer one: <see cref="Coverage.Whole"/> only when every step was whole.</param>
/// <param name="Note">The conversion table's note on the way ("Nhập một phần diện tích"), when there is one; several are joined with "; ".</param>
public sealed record LinkedUnit(AdministrativeUnit Unit, Coverage Coverage, string? Note = null)
{
    /// <summary>"Phường Sài Gòn (26740) whole".</summary>
    public override string ToString() => $"{Unit.FullName} ({Unit.Code}) {(Coverage == Coverage.Whole ? "whole" : "partial")}";
}
