using DanVan.Domain.Administration;
using NodaTime;

namespace DanVan.Domain.Organizations;

/// <summary>
/// Phạm vi xuất dữ liệu: what a <see cref="PopoloExport"/> holds. Always the registry's stored bodies (the built-in
/// central ones and those added) and the bodies its appointments name; then the standing bodies of <see cref="Units"/>
/// (and, with <see cref="IncludeDescendants"/>, of every unit under them) as they exist on <see cref="Date"/>; then
/// every body and area those lead up to, so that each <c>parent_id</c> resolves inside the document.
/// </summary>
/// <remarks>
/// The whole country on one day is about 3,300 communes with a dozen bodies each: pass the provinces with
/// <see cref="IncludeDescendants"/> for that, or name the units a portal serves. Immutable and thread-safe.
/// </remarks>
/// <example>
/// <code>
/// // Huyện Thường Tín and its communes on 2020-03-26:
/// var scope = new PopoloScope(new LocalDate(2020, 3, 26), [UnitCode.Parse("279")], includeDescendants: true);
/// </code>
/// </example>
public sealed class PopoloScope
{
    /// <summary>Creates a scope.</summary>
    /// <param name="date">The day the standing bodies, the parents and the areas are taken on.</param>
    /// <param name="units">The units whose standing bodies to export; none exports only the stored bodies and what they lead to.</param>
    /// <param name="includeDescendants">Also the bodies of every unit under <paramref name="units"/> on <paramref name="date"/>.</param>
    /// <exception cref="ArgumentException">A code is <c>default</c>.</exception>
    public PopoloScope(LocalDate date, IEnumerable<UnitCode>? units = null, bool includeDescendants = false)
    {
        var codes = ValueList<UnitCode>.From(units?.Distinct());
        if (codes.Any(code => code.IsDefault))
        {
            throw new ArgumentException("default(UnitCode) is not a unit.", nameof(units));
        }

        Date = date;
        Units = codes;
        IncludeDescendants = includeDescendants;
    }

    /// <summary>The day the standing bodies, the parents and the areas are taken on.</summary>
    public LocalDate Date { get; }

    /// <summary>The units whose standing bodies are exported.</summary>
    public IReadOnlyList<UnitCode> Units { get; }

    /// <summary>True to export the bodies of every unit under <see cref="Units"/> as well.</summary>
    public bool IncludeDescendants { get; }

    /// <summary>"2020-03-26: 279 and below".</summary>
    public override string ToString() =>
        $"{Date:yyyy-MM-dd}: {(Units.Count == 0 ? "stored bodies only" : string.Join(", ", Units))}{(IncludeDescendants ? " and below" : string.Empty)}";
}
