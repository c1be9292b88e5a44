using System.Text.Json.Serialization;

namespace DanVan.Domain.Administration;

/// <summary>
/// One unit that took over all or part of a unit in an <see cref="AdministrativeChange"/>: its code (valid on the
/// change's effective date), how much of the old unit it received, and the conversion table's note.
/// </summary>
/// <param name="Code">The code of the successor, as valid on the effective date.</param>
/// <param name="Coverage">How much of the old unit went into it.</param>
/// <param name="Note">The note of the official conversion table ("Nhập toàn bộ", "Nhập một phần diện tích"...), when there is one.</param>
public sealed record UnitSuccessor(
    [property: JsonPropertyName("code")] UnitCode Code,
    [property: JsonPropertyName("coverage")] Coverage Coverage,
    [property: JsonPropertyName("note")] string? Note = null);
