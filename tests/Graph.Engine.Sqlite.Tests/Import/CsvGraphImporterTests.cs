using Graph.Engine.Sqlite.Import;

namespace Graph.Engine.Sqlite.Tests.Import;

public sealed class CsvGraphImporterTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task The_real_seed_imports_whole_and_survives_reopening()
    {
        var path = _temp.File("seed.db");
        ImportResult result;
        await using (var store = DurableGraphStore.Open(path))
        {
            result = CsvGraphImporter.Import(store, RepositoryFiles.Seed);
            Assert.Empty(result.Problems);
            Assert.Equal(result.Nodes, store.Count("MATCH (n) RETURN count(n)"));
        }

        await using var reopened = DurableGraphStore.Open(path);
        Assert.Equal(result.Nodes, reopened.Count("MATCH (n) RETURN count(n)"));
        Assert.Equal(result.Relationships, reopened.Count("MATCH ()-[r]->() RETURN count(r)"));
        Assert.Equal(
            ["ent-smic | 中芯国际 | [SMIC, 中芯, Semiconductor Manufacturing International Corporation] | 62"],
            reopened.Lines("MATCH (e:Enterprise {id: 'ent-smic'}) RETURN e.id, e.name, e.aliases, e.line"));
        Assert.Equal(result.NodesByLabel.Sum(e => e.Value), result.Nodes);
    }

    [Fact]
    public async Task The_benchmark_layout_imports_multiple_labels_integer_ids_and_typed_properties()
    {
        var folder = Folder(
            ("nodes_place.csv", "id:ID,name,level,lat:double,:LABEL\n1,临江市,City,30.25,Place;City\n2,华巷镇,Town,30.3,Place;Town\n"),
            ("nodes_enterprise.csv", "id:ID,name,founded:int,tags:string[],:LABEL\n10,\"璟景汽车有限公司, \"\"总部\"\"\",2018,a;b,Enterprise\n11,航黑化工,,,Enterprise\n"),
            ("rels_part_of.csv", ":START_ID,:END_ID,:TYPE\n2,1,PART_OF\n"),
            ("rels_located_in.csv", ":START_ID,:END_ID,since:int,:TYPE\n10,2,2019,LOCATED_IN\n11,2,,LOCATED_IN\n"));
        await using var store = new EmbeddedGraphStore();
        var result = CsvGraphImporter.Import(store, folder, new ImportOptions { IdType = ImportIdType.Integer });
        Assert.Empty(result.Problems);
        Assert.Equal((4, 3), (result.Nodes, result.Relationships));
        Assert.Equal(["2 | 华巷镇 | [Place, Town] | 30.3"], store.Lines("MATCH (t:Town) RETURN t.id, t.name, labels(t), t.lat"));
        Assert.Equal(
            ["10 | 璟景汽车有限公司, \"总部\" | 2018 | [a, b] | 2019", "11 | 航黑化工 | null | null | null"],
            store.Lines("MATCH (e:Enterprise)-[r:LOCATED_IN]->(:Town)-[:PART_OF]->(:City) RETURN e.id, e.name, e.founded, e.tags, r.since ORDER BY e.id"));
        Assert.Equal(["11"], store.Lines("MATCH (e:Enterprise {id: 10}) RETURN e.id + 1"));
    }

    [Fact]
    public async Task Dense_integer_ids_connect_the_nodes_they_name()
    {
        var folder = Folder(
            ("nodes_n.csv", "id:ID,name,:LABEL\n3,丙,N\n1,甲,N\n2,乙,N\n5,戊,N\n"),
            ("rels_r.csv", ":START_ID,:END_ID,:TYPE\n1,2,R\n5,3,R\n2,1,R\n"));
        await using var store = new EmbeddedGraphStore();

        var result = CsvGraphImporter.Import(store, folder, new ImportOptions { IdType = ImportIdType.Integer });

        Assert.Empty(result.Problems);
        Assert.Equal(
            ["乙 -> 甲", "戊 -> 丙", "甲 -> 乙"],
            store.Lines("MATCH (a)-[:R]->(b) RETURN a.name + ' -> ' + b.name AS r ORDER BY r"));
    }

    [Fact]
    public async Task Integer_ids_in_a_gap_or_outside_the_dense_range_are_not_in_any_node_file()
    {
        var folder = Folder(
            ("nodes_n.csv", "id:ID,:LABEL\n1,N\n2,N\n4,N\n"),
            ("rels_r.csv", ":START_ID,:END_ID,:TYPE\n1,2,R\n2,3,R\n5,1,R\n-1,1,R\n"));
        await using var store = new EmbeddedGraphStore();

        var result = CsvGraphImporter.Import(store, folder, new ImportOptions { IdType = ImportIdType.Integer });

        Assert.Equal(
            [
                "rels_r.csv:3: end node id '3' is not in any node file",
                "rels_r.csv:4: start node id '5' is not in any node file",
                "rels_r.csv:5: start node id '-1' is not in any node file",
            ],
            result.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public async Task Problems_name_file_and_line_and_leave_the_database_as_it_was()
    {
        var path = _temp.File("kept.db");
        await using (var store = DurableGraphStore.Open(path))
        {
            store.Run("CREATE (:Existing {name: '西青区'})");
        }

        var before = StoreDump.Dump(path);
        var folder = Folder(
            ("nodes/a.csv", "id:ID,name,line:int,:LABEL\na1,甲,1,A\na2,乙,two,A\na1,丙,3,A\na4,\"unclosed,4,A\n"),
            ("nodes/b.csv", "id:ID,name,:LABEL\nb1,B1,B,extra\nb2,B2,B\n"),
            ("rels/r.csv", ":START_ID,:END_ID,:TYPE\na1,b2,R\na1,nowhere,R\n"));
        await using (var store = DurableGraphStore.Open(path))
        {
            var result = CsvGraphImporter.Import(store, folder);
            Assert.False(result.Succeeded);
            Assert.Equal(
                [
                    "nodes/a.csv:3: column line: 'two' is not an int",
                    "nodes/a.csv:4: node id 'a1' appears twice",
                    "nodes/a.csv:5: a quoted field is not closed before the end of the file",
                    "nodes/b.csv:2: 4 fields, the header has 3",
                    "rels/r.csv:3: end node id 'nowhere' is not in any node file",
                ],
                result.Problems.Select(p => p.ToString()));
            Assert.Equal((0L, 0L), (result.Nodes, result.Relationships));
            Assert.Equal(["西青区"], store.Lines("MATCH (n) RETURN n.name"));
        }

        Assert.Equal(before, StoreDump.Dump(path));
    }

    [Fact]
    public async Task An_import_adds_to_the_data_already_there_and_keeps_indexes_current()
    {
        var path = _temp.File("append.db");
        await using (var store = DurableGraphStore.Open(path))
        {
            store.Run("CREATE INDEX FOR (e:Enterprise) ON (e.name)");
            store.Run("CREATE FULLTEXT INDEX names FOR (n:Enterprise) ON EACH [n.name, n.aliases]");
            store.Run("CREATE (:Enterprise {id: 'old', name: '老企业'})");
            var result = CsvGraphImporter.Import(store, Folder(("nodes_e.csv", "id:ID,name,aliases:string[],:LABEL\nnew,中芯国际,SMIC;中芯,Enterprise\n")));
            Assert.True(result.Succeeded);
            Assert.Equal(["中芯国际"], store.Lines("MATCH (e:Enterprise {name: '中芯国际'}) RETURN e.name"));
            Assert.Equal(["中芯国际"], store.Lines("CALL db.index.fulltext.queryNodes('names', 'smic') YIELD node RETURN node.name"));
        }

        await using var reopened = DurableGraphStore.Open(path);
        Assert.Equal(["old", "new"], reopened.Lines("MATCH (e:Enterprise) RETURN e.id ORDER BY id(e)"));
    }

    [Fact]
    public async Task Imported_relationships_expand_by_direction_and_type_beside_the_edges_already_there_and_after_reopening()
    {
        var path = _temp.File("adjacency.db");
        var folder = Folder(
            ("nodes_n.csv", "id:ID,:LABEL\nx,N\ny,N\nz,N\n"),
            ("rels_r.csv", ":START_ID,:END_ID,n:int,:TYPE\nx,y,1,R\nx,z,2,S\nx,z,3,R\ny,x,4,R\nx,y,5,S\nz,z,6,R\n"));
        string[] queries =
        [
            "MATCH (x:N {id: 'x'})-[r]->(o) RETURN type(r), r.n, o.id ORDER BY r.n",
            "MATCH (x:N {id: 'x'})<-[r]-(o) RETURN type(r), r.n, o.id ORDER BY r.n",
            "MATCH (x:N {id: 'x'})-[r:S]->(o) RETURN r.n, o.id ORDER BY r.n",
            "MATCH (z:N {id: 'z'})<-[r:R]-(o) RETURN r.n, o.id ORDER BY r.n",
            "MATCH (a:Old)-[r]->(b) RETURN a.id, type(r), b.id",
        ];
        List<string>[] expected =
        [
            ["R | 1 | y", "S | 2 | z", "R | 3 | z", "S | 5 | y"],
            ["R | 4 | y"],
            ["2 | z", "5 | y"],
            ["3 | x", "6 | z"],
            ["a | R | b"],
        ];
        await using (var store = DurableGraphStore.Open(path))
        {
            store.Run("CREATE (:Old {id: 'a'})-[:R]->(:Old {id: 'b'})");
            Assert.True(CsvGraphImporter.Import(store, folder).Succeeded);
            Assert.Equal(expected, queries.Select(q => store.Lines(q)));
        }

        await using var reopened = DurableGraphStore.Open(path);
        Assert.Equal(expected, queries.Select(q => reopened.Lines(q)));
    }

    [Fact]
    public async Task Constraint_violations_are_problems_at_their_lines_and_import_nothing()
    {
        await using var store = new EmbeddedGraphStore();
        store.Run("CREATE CONSTRAINT e_k FOR (e:E) REQUIRE e.k IS UNIQUE");
        store.Run("CREATE CONSTRAINT e_name FOR (e:E) REQUIRE e.name IS NOT NULL");
        store.Run("CREATE (:E {k: 1, name: 'old'})");
        var result = CsvGraphImporter.Import(store, Folder(("nodes_e.csv", "id:ID,k:int,name,:LABEL\na,2,甲,E\nb,2,乙,E\nc,1,丙,E\nd,3,,E\ne,3,戊,F\n")));
        Assert.Equal(
            [
                "nodes_e.csv:3: constraint e_k: the same k = 2 as nodes_e.csv:2",
                "nodes_e.csv:4: constraint e_k: Node(0) already exists with label `E` and k = 1",
                "nodes_e.csv:5: constraint e_name: a node with label `E` must have the property `name`",
            ],
            result.Problems.Select(p => p.ToString()));
        Assert.Equal(1, store.Count("MATCH (n) RETURN count(n)"));
    }

    private string Folder(params (string Name, string Text)[] files)
    {
        var folder = _temp.File("csv-" + Guid.NewGuid().ToString("N"));
        foreach (var (name, text) in files)
        {
            var path = Path.Join(folder, name);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text);
        }

        return folder;
    }
}
