using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using DanVan.Domain.Administration;
using DanVan.Domain.Serialization;
using DanVan.Domain.Text;

namespace DanVan.Domain.Organizations;

/// <summary>
/// Xuất dữ liệu theo chuẩn Popolo: writes a registry's bodies, posts, people, appointments and areas as one Popolo JSON
/// document (<see href="http://www.popoloproject.com/specs/"/>), for tools that read Popolo.
/// </summary>
/// <remarks>
/// <para>The document is <c>{"organizations":[…],"posts":[…],"persons":[…],"memberships":[…],"areas":[…]}</c> with the
/// specification's property names (snake_case). What Popolo has no term for is written in properties prefixed with
/// <c>+</c>, the specification's pattern for additional properties: the W3C ORG change events (<c>+events</c>), dual
/// subordination (<c>+supervisor_id</c>), "kiêm" and "quyền" (<c>+concurrent</c>, <c>+acting</c>). docs/organizations-json.md
/// has the whole mapping.</para>
/// <para>Identifiers: organizations keep their <see cref="OrganizationId"/>, posts their <see cref="Post.Id"/>, areas
/// <see cref="AreaId"/>, persons <see cref="PersonId"/>; all are stable across exports. Output is deterministic: bodies,
/// posts, persons and areas by identifier, memberships in the registry's order. All members are thread-safe.</para>
/// </remarks>
/// <example>
/// <code>
/// var scope = new PopoloScope(new LocalDate(2020, 3, 26), [UnitCode.Parse("279")]);
/// string json = PopoloExport.ToJson(registry, scope, indented: true);
/// </code>
/// </example>
public static class PopoloExport
{
    /// <summary>The area identifier of the country, the root of the areas and the area of the central bodies: <c>"vn"</c>.</summary>
    public const string CountryAreaId = "vn";

    /// <summary>The identifier scheme of organizations' <c>identifiers</c>: <c>"danvan-organization-id"</c>.</summary>
    public const string OrganizationIdScheme = "danvan-organization-id";

    /// <summary>The identifier scheme of persons' portal identifiers: <c>"danvan-person-identifier"</c>.</summary>
    public const string PersonIdentifierScheme = "danvan-person-identifier";

    /// <summary>Writes the Popolo document of <paramref name="registry"/> within <paramref name="scope"/> to <paramref name="writer"/> (not flushed).</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A unit of the scope had no version on the scope's date in the registry's catalog.</exception>
    public static void Write(OrganizationRegistry registry, Utf8JsonWriter writer, PopoloScope scope)
    {
        ArgumentNullException.ThrowIfNull(registry);
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(scope);
        PopoloWriter.Write(writer, registry, new PopoloSelection(registry, scope));
    }

    /// <summary>The Popolo document of <paramref name="registry"/> within <paramref name="scope"/>, Vietnamese written readably.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A unit of the scope had no version on the scope's date in the registry's catalog.</exception>
    public static string ToJson(OrganizationRegistry registry, PopoloScope scope, bool indented = false)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = DanVanJson.Encoder, Indented = indented }))
        {
            Write(registry, writer, scope);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>
    /// The area identifier of a unit version: its code, and <c>@</c> and its first day when it has one: <c>"279"</c>,
    /// <c>"10015@2025-07-01"</c> (the scope part of the <see cref="OrganizationId"/>s of the bodies serving it).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="unit"/> is null.</exception>
    public static string AreaId(AdministrativeUnit unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        return unit.ValidFrom is { } from ? unit.Code + "@" + LocalDateJsonConverter.Format(from) : unit.Code.ToString();
    }

    /// <summary>
    /// The stable identifier of a person in an export: <c>person/id/</c> and the portal's identifier when there is one;
    /// otherwise <c>person/name/</c>, the name folded to a slug, and the FNV-1a 32-bit hash of the name's UTF-8 bytes in 8
    /// hexadecimal digits, which tells apart names that fold alike ("Lê Hồng Sơn" → <c>person/name/le-hong-son-…</c>).
    /// </summary>
    /// <remarks>People of one name and no identifier are one <see cref="Person"/> to this library, and one here: give an identifier to tell them apart.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="person"/> is null.</exception>
    public static string PersonId(Person person)
    {
        ArgumentNullException.ThrowIfNull(person);
        if (person.Identifier is { } identifier)
        {
            return "person/id/" + identifier;
        }

        var slug = Slug(VietnameseFolding.Fold(person.Name));
        var hash = Fnv1a(Encoding.UTF8.GetBytes(person.Name)).ToString("x8", CultureInfo.InvariantCulture);
        return "person/name/" + (slug.Length == 0 ? hash : slug + "-" + hash);
    }

    // "le hong son" → "le-hong-son": ASCII letters and digits, one hyphen for each run of anything else.
    private static string Slug(string folded)
    {
        var builder = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        return builder.ToString().TrimEnd('-');
    }

    private static uint Fnv1a(ReadOnlySpan<byte> bytes)
    {
        var hash = 2166136261u;
        foreach (var b in bytes)
        {
            hash = unchecked((hash ^ b) * 16777619u);
        }

        return hash;
    }
}
