use super::*;

#[derive(Debug, PartialEq, Default)]
struct Sample {
    name: String,
    tags: Vec<String>,
    on: bool,
    count: i64,
    note: Option<String>,
}

impl Decode for Sample {
    fn decode(r: &mut Reader) -> Result<Self> {
        let mut s = Sample::default();
        let mut name = None;
        r.object(&mut |r, key| {
            match key {
                "name" => name = Some(r.string()?),
                "tags" => s.tags = r.read()?,
                "on" => s.on = r.bool()?,
                "count" => s.count = r.int()?,
                "note" => s.note = r.read()?,
                _ => r.skip()?,
            }
            Ok(())
        })?;
        s.name = need(name, "name")?;
        Ok(s)
    }
}

#[test]
fn reads_fields_in_any_order_and_skips_what_it_does_not_know() {
    let s: Sample = from_str(
        r#" { "extra": {"deep": [1, 2.5e3, -0.1, {"x": null}], "t": true},
              "count": -42, "tags": ["a", "b"], "on": true, "note": "n",
              "name": "web", "more": [[], {}, "", false] } "#,
    )
    .unwrap();
    assert_eq!(
        s,
        Sample {
            name: "web".into(),
            tags: vec!["a".into(), "b".into()],
            on: true,
            count: -42,
            note: Some("n".into()),
        }
    );
}

#[test]
fn null_is_the_empty_value_and_a_missing_required_field_is_named() {
    let s: Sample =
        from_str(r#"{"name":null,"tags":null,"on":null,"count":null,"note":null}"#).unwrap();
    assert_eq!(s, Sample::default());
    let e = from_str::<Sample>(r#"{"tags":[]}"#).unwrap_err();
    assert_eq!(e.0, "missing field `name`");
    assert!(from_str::<Option<Vec<Sample>>>("null").unwrap().is_none());
    assert!(from_str::<Vec<Sample>>(" null ").unwrap().is_empty());
}

#[test]
fn strings_unescape_every_form() {
    let s: String = from_str(r#""a\"b\\c\/d\n\t\r\b\f é \u00e9 \ud83d\ude00 x""#).unwrap();
    assert_eq!(s, "a\"b\\c/d\n\t\r\u{8}\u{c} é é 😀 x");
    // A lone surrogate cannot be text: it reads as the replacement character.
    assert_eq!(from_str::<String>(r#""\ud83d!""#).unwrap(), "\u{fffd}!");
}

#[test]
fn malformed_text_is_an_error_not_a_guess() {
    for bad in [
        "",
        "{",
        r#"{"name":"a""#,
        r#"{"name":"a",}"#,
        r#"{"name" "a"}"#,
        r#"{"name":"a"} x"#,
        r#"{"name":"a","tags":[1 2]}"#,
        r#"{"name":"a","count":1.5}"#,
        r#"{"name":"a","on":"yes"}"#,
        r#"{"name":"\q"}"#,
        r#"{"name":"\u12"}"#,
        r#"{"name":"open"#,
    ] {
        assert!(from_str::<Sample>(bad).is_err(), "{bad:?} was accepted");
    }
}

#[test]
fn numbers_and_ports_keep_their_text() {
    let mut r = Reader::new(r#"[5432, "22", null, 8.5]"#);
    let mut out = Vec::new();
    r.array(&mut |r| {
        out.push(r.number_or_string()?);
        Ok(())
    })
    .unwrap();
    assert_eq!(out, ["5432", "22", "", "8.5"]);
    assert!(Reader::new("[1]").number_or_string().is_err());
    assert_eq!(
        Reader::new("70000").whole::<u16>().unwrap_err().0,
        "number out of range at byte 5"
    );
    assert_eq!(Reader::new("200").whole::<u16>().unwrap(), 200);
}

#[test]
fn objects_write_escaped_members_in_order() {
    let text = Object::new()
        .str("name", "a \"b\"\n\u{1}")
        .strs("groups", &["x".into(), "y\\".into()])
        .int("n", -3)
        .end();
    assert_eq!(
        text,
        r#"{"name":"a \"b\"\n\u0001","groups":["x","y\\"],"n":-3}"#
    );
    assert_eq!(Object::new().end(), "{}");
    assert_eq!(Object::new().strs("g", &[]).end(), r#"{"g":[]}"#);
    // What it writes, it reads back.
    let back: Sample = from_str(&Object::new().str("name", "q\"\\\u{7f}é").end()).unwrap();
    assert_eq!(back.name, "q\"\\\u{7f}é");
}

#[test]
fn one_member_is_read_from_an_object_and_the_rest_passed_over() {
    let text = r#"{"skip":{"message":"inner"},"message":"outer","n":[1]}"#;
    assert_eq!(
        member::<String>(text, "message").unwrap().as_deref(),
        Some("outer")
    );
    assert_eq!(member::<String>(text, "absent").unwrap(), None);
    assert_eq!(
        member::<String>(r#"{"message":null}"#, "message").unwrap(),
        None
    );
    assert!(member::<String>(r#"{"message":3}"#, "message").is_err());
    assert!(member::<String>("[1]", "message").is_err());
}
