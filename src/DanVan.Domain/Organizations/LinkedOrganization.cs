using System.Text.Json.Serialization;
using DanVan.Domain.Administration;

namespace DanVan.Domain.Organizations;

/// <summary>A body reached through restructuring or through the lineage of units, marked whole or partial.</summary>
/// <param name="Organization">The body.</param>
/// <param name="Coverage">Whole when it covers all of the starting body's area or work; partial when some.</param>
/// <param name="Note">The source's wording, where it says more.</param>
[JsonConverter(typeof(LinkedOrganizationJsonConverter))]
public sealed record LinkedOrganization(Organization Organization, Coverage Coverage, string? Note = null)
{
    /// <summary>"Đảng ủy xã Thường Tín (…) partial".</summary>
    public override string ToString() => $"{Organization.Name} ({Organization.Id}) {(Coverage == Coverage.Whole ? "whole" : "partial")}";
}
