using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using DanVan.Domain.Regulations;
using NodaTime;

namespace DanVan.Domain.Administration;

/// <summary>
/// The compact binary form in which the package embeds <see cref="AdministrativeCatalog.Default"/>: the same content
/// as the JSON format, written by the build-time tool and read in a few milliseconds on first use (the JSON of the
/// full catalog is 4 MB; tokenising it alone would take most of the cold-load budget). docs/administration.md gives the
/// layout. Not a public interchange format: exchange catalogs as JSON.
/// </summary>
/// <remarks>
/// Layout (little-endian, strings UTF-8 with 7-bit encoded lengths as <see cref="BinaryWriter"/> writes them):
/// magic "DVAC", version (int32); string table (count, strings); sources (count, string indexes); units (count; per
/// unit: code, kind, name, English name, parent or none, valid from, valid until, known since); changes (count; per
/// change: kind, effective, unit, successors (code, coverage, note), legal basis (string indexes), note). Codes are
/// (value int32, digits byte); dates are day numbers of <see cref="DateOnly.DayNumber"/> (int32), <see cref="int.MinValue"/> for none; string
/// indexes are 7-bit encoded, 0 for none and i + 1 for string i.
/// </remarks>
internal static class AdministrativeCatalogBinary
{
    private const int Version = 1;
    private const int NoDate = int.MinValue;
    private static readonly byte[] Magic = "DVAC"u8.ToArray();

    internal static void Write(AdministrativeCatalog catalog, Stream stream)
    {
        var strings = new Dictionary<string, int>(StringComparer.Ordinal);
        var table = new List<string>();
        int Index(string? text)
        {
            if (text is null)
            {
                return 0;
            }

            if (!strings.TryGetValue(text, out var index))
            {
                strings[text] = index = table.Count;
                table.Add(text);
            }

            return index + 1;
        }

        var body = new MemoryStream();
        using (var writer = new BinaryWriter(body, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write7BitEncodedInt(catalog.Sources.Count);
            foreach (var source in catalog.Sources)
            {
                writer.Write7BitEncodedInt(Index(source));
            }

            writer.Write7BitEncodedInt(catalog.Units.Count);
            foreach (var unit in catalog.Units)
            {
                WriteCode(writer, unit.Code);
                writer.Write((byte)unit.Kind);
                writer.Write7BitEncodedInt(Index(unit.Name));
                writer.Write7BitEncodedInt(Index(unit.EnglishName));
                WriteCode(writer, unit.ParentCode ?? default);
                WriteDate(writer, unit.ValidFrom);
                WriteDate(writer, unit.ValidUntil);
                WriteDate(writer, unit.KnownSince);
            }

            writer.Write7BitEncodedInt(catalog.Changes.Count);
            foreach (var change in catalog.Changes)
            {
                writer.Write((int)change.Kind);
                WriteDate(writer, change.Effective);
                WriteCode(writer, change.Unit);
                writer.Write7BitEncodedInt(change.Successors.Count);
                foreach (var successor in change.Successors)
                {
                    WriteCode(writer, successor.Code);
                    writer.Write((byte)successor.Coverage);
                    writer.Write7BitEncodedInt(Index(successor.Note));
                }

                writer.Write7BitEncodedInt(change.LegalBasis.Count);
                foreach (var document in change.LegalBasis)
                {
                    writer.Write7BitEncodedInt(Index(document.ToString()));
                }

                writer.Write7BitEncodedInt(Index(change.Note));
            }
        }

        using var output = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        output.Write(Magic);
        output.Write(Version);
        output.Write7BitEncodedInt(table.Count);
        foreach (var text in table)
        {
            output.Write(text);
        }

        output.Write(body.GetBuffer(), 0, (int)body.Length);
    }

    /// <summary>
    /// Reads the embedded catalog. Its units and changes were validated and normalised by this library when the package
    /// was built (the tool builds the catalog with <see cref="AdministrativeCatalogBuilder"/>), so they are not checked again.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static AdministrativeCatalog Read(Stream stream)
    {
        using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
        if (!reader.ReadBytes(Magic.Length).AsSpan().SequenceEqual(Magic) || reader.ReadInt32() != Version)
        {
            throw new InvalidDataException("The embedded administrative catalog is not in the expected binary format.");
        }

        var table = new string[reader.Read7BitEncodedInt()];
        for (var i = 0; i < table.Length; i++)
        {
            table[i] = reader.ReadString();
        }

        var documents = new DocumentNumber?[table.Length];
        var dates = new Dictionary<int, LocalDate>();
        var sources = new string[reader.Read7BitEncodedInt()];
        for (var i = 0; i < sources.Length; i++)
        {
            sources[i] = String(reader, table)!;
        }

        var units = new AdministrativeUnit[reader.Read7BitEncodedInt()];
        for (var i = 0; i < units.Length; i++)
        {
            var code = ReadCode(reader);
            var kind = (AdministrativeUnitKind)reader.ReadByte();
            var name = String(reader, table)!;
            var english = String(reader, table);
            var parent = ReadCode(reader);
            units[i] = AdministrativeUnit.Trusted(
                code, kind, name, english ?? name, parent.IsDefault ? null : parent, ReadDate(reader, dates), ReadDate(reader, dates), ReadDate(reader, dates));
        }

        var changes = new AdministrativeChange[reader.Read7BitEncodedInt()];
        for (var i = 0; i < changes.Length; i++)
        {
            var kind = (AdministrativeChangeKind)reader.ReadInt32();
            var effective = ReadDate(reader, dates) ?? throw new InvalidDataException("A change without a date.");
            var unit = ReadCode(reader);
            var successors = new UnitSuccessor[reader.Read7BitEncodedInt()];
            for (var j = 0; j < successors.Length; j++)
            {
                successors[j] = new UnitSuccessor(ReadCode(reader), (Coverage)reader.ReadByte(), String(reader, table));
            }

            var basis = new DocumentNumber[reader.Read7BitEncodedInt()];
            for (var j = 0; j < basis.Length; j++)
            {
                var index = reader.Read7BitEncodedInt() - 1;
                basis[j] = documents[index] ??= DocumentNumber.Parse(table[index], DocumentNumberParseMode.Strict);
            }

            changes[i] = new AdministrativeChange(
                kind, effective, unit, ValueList<UnitSuccessor>.Own(successors), ValueList<DocumentNumber>.Own(basis), String(reader, table), fail: null);
        }

        return new AdministrativeCatalog(units, changes, sources, static message => new InvalidDataException(message), check: false);
    }

    private static void WriteCode(BinaryWriter writer, UnitCode code)
    {
        writer.Write(code.Value);
        writer.Write((byte)(code.IsDefault ? 0 : code.Level.CodeLength()));
    }

    private static UnitCode ReadCode(BinaryReader reader)
    {
        var value = reader.ReadInt32();
        var length = reader.ReadByte();
        return length switch
        {
            0 => default,
            2 => UnitCode.Of(AdministrativeLevel.Province, value),
            3 => UnitCode.Of(AdministrativeLevel.District, value),
            5 => UnitCode.Of(AdministrativeLevel.Commune, value),
            _ => throw new InvalidDataException($"A unit code of {length} digits."),
        };
    }

    private static void WriteDate(BinaryWriter writer, LocalDate? date) =>
        writer.Write(date is { } d ? d.ToDateOnly().DayNumber : NoDate);

    // A catalog has a handful of distinct dates; converting each once keeps calendar arithmetic off the load path.
    private static LocalDate? ReadDate(BinaryReader reader, Dictionary<int, LocalDate> dates)
    {
        var days = reader.ReadInt32();
        if (days == NoDate)
        {
            return null;
        }

        ref var date = ref CollectionsMarshal.GetValueRefOrAddDefault(dates, days, out var exists);
        if (!exists)
        {
            date = LocalDate.FromDateOnly(DateOnly.FromDayNumber(days));
        }

        return date;
    }

    private static string? String(BinaryReader reader, string[] table)
    {
        var index = reader.Read7BitEncodedInt();
        return index == 0 ? null : table[index - 1];
    }
}
