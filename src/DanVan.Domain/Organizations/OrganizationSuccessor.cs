using System.Text.Json.Serialization;
using DanVan.Domain.Administration;

namespace DanVan.Domain.Organizations;

/// <summary>
/// A body that took over (all or part of) another after an <see cref="OrganizationEvent"/>: whole when it covers all of
/// the old body's area or work, partial when it covers some.
/// </summary>
/// <param name="Id">The successor's identifier.</param>
/// <param name="Coverage">Whole or partial.</param>
/// <param name="Note">The wording of the source, where it says more.</param>
[JsonConverter(typeof(OrganizationSuccessorJsonConverter))]
public sealed record OrganizationSuccessor(OrganizationId Id, Coverage Coverage, string? Note = null)
{
    /// <summary>"10015@2025-07-01/party-committee (partial)".</summary>
    public override string ToString() => $"{Id} ({(Coverage == Coverage.Whole ? "whole" : "partial")})";
}
