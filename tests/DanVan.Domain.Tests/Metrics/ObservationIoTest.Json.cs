using System.Text;
using System.Text.Json;
using DanVan.Domain.Metrics;
using DanVan.Domain.Serialization;

namespace DanVan.Domain.Tests.Metrics;

/// <summary>Sets as JSON arrays: streamed reading and writing, the serializer's converter, and where errors point.</summary>
public partial class ObservationIoTest
{
    [Fact]
    public void A_set_round_trips_through_streamed_json_with_every_feature()
    {
        var set = Sample();
        var back = ObservationSet.ReadJson(new MemoryStream(WriteJson(set)));
        back.Should().Equal(set);
        back.Equals(set).Should().BeTrue();
        back.SupersededCount.Should().Be(set.SupersededCount);
        Enumerable.Range(0, set.Count).Select(back.IsSuperseded).Should().Equal(Enumerable.Range(0, set.Count).Select(set.IsSuperseded));
    }

    [Fact]
    public void The_converter_and_the_stream_write_the_same_document()
    {
        var set = Sample();
        var json = DanVanJson.Serialize(set);
        Encoding.UTF8.GetString(WriteJson(set)).Should().Be(json);
        json.Should().StartWith("[{\"metric\":\"supervision.sessions\",\"unit\":\"279\",\"period\":\"2011-01-01/2020-03-26\",\"value\":557,");
        json.Should().Contain("\"source\":\"Báo cáo \\u0022sơ kết\\u0022, bản 2\\r\\ndòng hai; dấu, phẩy\"", "Vietnamese stays readable, quotes and breaks are escaped");
        DanVanJson.Deserialize<ObservationSet>(json).Should().Equal(set);
        DanVanJson.Deserialize<ObservationSet>(Encoding.UTF8.GetBytes(json)).Should().Equal(set);
        DanVanJson.Deserialize<ObservationSet>("null").Should().BeNull();
        DanVanJson.Serialize(ObservationSet.Empty).Should().Be("[]");
        ObservationSet.ReadJson(new MemoryStream("[]"u8.ToArray())).Count.Should().Be(0);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(7)]
    [InlineData(100)]
    [InlineData(4096)]
    public void Reading_does_not_depend_on_how_the_stream_delivers_its_bytes(int chunk)
    {
        var set = Sample();
        ObservationSet.ReadJson(new ChunkedStream(WriteJson(set), chunk)).Should().Equal(set);
        var bom = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(WriteJson(set)).ToArray();
        ObservationSet.ReadJson(new ChunkedStream(bom, chunk)).Should().Equal(set, "a byte-order mark is skipped");
    }

    [Fact]
    public void Whitespace_unknown_properties_and_escapes_are_read()
    {
        const string Json = """
            [
              { "metric" : "petitions.received", "unit": "246", "period": "2021", "value": 79, "note": {"deep": [1, [2, {"x": null}]]} },
              {"\u006detric":"petitions.received","unit":"\u0032\u0034\u0036","period":"\u0032021","value":79.0,"source":"Huy\u1EC7n L\u1EADp Th\u1EA1ch"}
            ]

            """;
        var set = ObservationSet.ReadJson(new MemoryStream(Encoding.UTF8.GetBytes(Json)));
        set.Count.Should().Be(2);
        set[1].Source.Should().Be("Huyện Lập Thạch");
        set[1].Value.Should().Be(79m);
        set.SupersededCount.Should().Be(1, "both rows are the same figure");
    }

    [Theory]
    [InlineData("", "$", null)]
    [InlineData("   ", "$", null)]
    [InlineData("{}", "$", "Expected a JSON array of observations")]
    [InlineData("5", "$", "Expected a JSON array of observations")]
    [InlineData("[5]", "$[0]", "Expected an observation as a JSON object")]
    [InlineData("[[]]", "$[0]", "Expected an observation as a JSON object")]
    [InlineData("[{\"metric\":\"a.b\",\"unit\":\"01\",\"period\":\"2021\",\"value\":1},{\"metric\":\"a.b\",\"unit\":\"01\",\"period\":\"2021\",\"value\":\"1\"}]", "$[1]", "'value': Expected a JSON number")]
    [InlineData("[{\"metric\":\"a.b\",\"unit\":\"01\",\"period\":\"2021\",\"value\":1},{\"metric\":\"a.b\",\"period\":\"2021\",\"value\":1}]", "$[1]", "needs a 'unit'")]
    [InlineData("[{\"metric\":\"a.b\",\"unit\":\"01\",\"period\":\"2021\",\"value\":1}", "$[1]", null)]
    [InlineData("[{\"metric\":\"a.b\",\"unit\":\"01\",\"period\":\"2021\",\"value\":1},", "$[1]", null)]
    [InlineData("[{\"metric\":\"a.b\",\"unit\":\"01\",\"period\":\"2021\",\"value\":1}] x", "$", null)]
    [InlineData("[{\"metric\":\"a.b\",\"unit\":\"01\",\"period\":\"2021\",\"value\":1}][]", "$", null)]
    [InlineData("[{\"metric\":\"a.b\",\"unit\":\"01\",\"period\":\"2021\",\"value\":1,}]", "$[0]", null)]
    [InlineData("[{\"metric\":\"a.b\" \"unit\":\"01\"}]", "$[0]", null)]
    [InlineData("[{\"metric\":\"a.b\",\"unit\":\"01\",\"period\":\"2021\",\"value\":1} // comment\n]", "$[1]", null)]
    public void Stream_errors_are_JsonExceptions_whose_path_is_the_row(string json, string path, string? message)
    {
        foreach (var chunk in new[] { 1, 3, 1 << 16 })
        {
            var exception = FluentActions.Invoking(() => ObservationSet.ReadJson(new ChunkedStream(Encoding.UTF8.GetBytes(json), chunk)))
                .Should().Throw<JsonException>().Which;
            exception.Path.Should().Be(path, $"chunks of {chunk}");
            if (message is not null)
            {
                exception.Message.Should().Contain(message);
            }
        }
    }

    [Fact]
    public void Serializer_errors_name_the_row_and_property_in_the_message()
    {
        const string Json = "[{\"metric\":\"a.b\",\"unit\":\"01\",\"period\":\"2021\",\"value\":1},{\"metric\":\"a.b\",\"unit\":\"01\",\"period\":\"2021-M13\",\"value\":1}]";
        var exception = FluentActions.Invoking(() => DanVanJson.Deserialize<ObservationSet>(Json)).Should().Throw<JsonException>().Which;
        exception.Message.Should().Contain("'[1].period': '2021-M13': there is no month 13");
        exception.Path.Should().Be("$");
    }

    [Fact]
    public void A_row_too_long_to_be_an_observation_is_refused_without_reading_it_all()
    {
        var huge = "[{\"metric\":\"a.b\",\"unit\":\"01\",\"period\":\"2021\",\"value\":1,\"source\":\"" + new string('a', 17 * 1024 * 1024) + "\"}]";
        FluentActions.Invoking(() => ObservationSet.ReadJson(new MemoryStream(Encoding.UTF8.GetBytes(huge))))
            .Should().Throw<JsonException>().Which.Path.Should().Be("$[0]");
    }

    [Fact]
    public void Writing_leaves_the_stream_open_and_null_streams_are_refused()
    {
        var stream = new MemoryStream();
        Sample().WriteJson(stream);
        stream.CanWrite.Should().BeTrue();
        stream.Position = 0;
        ObservationSet.ReadJson(stream).Count.Should().Be(22);
        stream.CanRead.Should().BeTrue();
        FluentActions.Invoking(() => ObservationSet.ReadJson(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Sample().WriteJson(null!)).Should().Throw<ArgumentNullException>();
    }

    private static byte[] WriteJson(ObservationSet set)
    {
        var stream = new MemoryStream();
        set.WriteJson(stream);
        return stream.ToArray();
    }

    /// <summary>A read-only, non-seekable stream that hands out at most <c>chunk</c> bytes per read, as a network would.</summary>
    internal sealed class ChunkedStream(byte[] data, int chunk) : Stream
    {
        private int _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = Math.Min(Math.Min(count, chunk), data.Length - _position);
            Array.Copy(data, _position, buffer, offset, n);
            _position += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
