//! `envelope(..., flatten)` writes no key twice and reads back what it
//! wrote, for every kind of data; naming the default fields changes
//! nothing; details too deep to read compare by their text.

use error_codes::{Detail, Envelope, ErrorCatalog, Failure};
use serde_json::{Value, json};

/// WeChat's form: `errcode`/`errmsg`, data fields beside them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorCatalog)]
#[catalog(envelope(code = "errcode", message = "errmsg", flatten))]
enum WeChatError {
    /// ok
    #[code(0, success)]
    Ok,
    /// invalid appid
    #[code(40013)]
    InvalidAppId,
}

type Flat<T = Value> = Envelope<WeChatError, T>;

/// Every key of a JSON object's text, in the order written.
fn keys(body: &str) -> Vec<String> {
    struct Keys(Vec<String>);
    impl<'de> serde::de::Visitor<'de> for Keys {
        type Value = Vec<String>;
        fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("an object")
        }
        fn visit_map<A: serde::de::MapAccess<'de>>(
            mut self,
            mut map: A,
        ) -> Result<Self::Value, A::Error> {
            while let Some(key) = map.next_key::<String>()? {
                map.next_value::<serde::de::IgnoredAny>()?;
                self.0.push(key);
            }
            Ok(self.0)
        }
    }
    serde::Deserializer::deserialize_map(
        &mut serde_json::Deserializer::from_str(body),
        Keys(Vec::new()),
    )
    .unwrap()
}

fn no_key_twice(body: &str) {
    let mut keys = keys(body);
    let count = keys.len();
    keys.sort();
    keys.dedup();
    assert_eq!(keys.len(), count, "a key written twice: {body}");
}

#[test]
fn a_detail_naming_the_code_is_nested_not_written_twice() {
    let failure = Flat::<()>::error_with_detail(WeChatError::InvalidAppId, json!({"errcode": 0}));
    let body = serde_json::to_string(&failure).unwrap();
    no_key_twice(&body);
    assert_eq!(
        body,
        r#"{"errcode":40013,"errmsg":"invalid appid","data":{"errcode":0}}"#
    );
    let back: Flat<()> = serde_json::from_str(&body).unwrap();
    assert_eq!(back, failure);
    // JavaScript and Python keep the last key: they read the failure too.
    let value: Value = serde_json::from_str(&body).unwrap();
    assert_eq!(value["errcode"], 40013);
}

#[test]
fn success_data_naming_a_field_of_the_envelope_is_nested() {
    for data in [
        json!({"errcode": 7, "x": 1}),
        json!({"errmsg": "mine"}),
        json!({"data": 1, "y": 2}),
    ] {
        let sent = Flat::success(data.clone());
        let body = serde_json::to_string(&sent).unwrap();
        no_key_twice(&body);
        assert!(
            body.starts_with(r#"{"errcode":0,"errmsg":"ok","data":"#),
            "{body}"
        );
        let back: Flat = serde_json::from_str(&body).unwrap();
        assert_eq!(back, sent, "{body}");
    }
}

#[test]
fn every_kind_of_data_reads_back_equal() {
    let data = [
        json!([1, 2]),
        json!(null),
        json!({}),
        json!(7),
        json!("text"),
        json!(true),
        json!({"access_token": "t", "expires_in": 7200}),
        json!({"data": [1]}),
    ];
    for data in data {
        let sent = Flat::success(data.clone());
        let body = serde_json::to_string(&sent).unwrap();
        no_key_twice(&body);
        let back: Flat = serde_json::from_str(&body).unwrap();
        assert_eq!(back, sent, "{data} as {body}");
        let failure = Flat::error_with_detail(WeChatError::InvalidAppId, data.clone());
        let body = serde_json::to_string(&failure).unwrap();
        no_key_twice(&body);
        let back: Flat = serde_json::from_str(&body).unwrap();
        assert_eq!(back, failure, "{data} as {body}");
    }
    // Typed data: a vector, and `()`.
    let body = serde_json::to_string(&Flat::success(vec![1, 2])).unwrap();
    let back: Flat<Vec<u8>> = serde_json::from_str(&body).unwrap();
    assert_eq!(back.into_result().unwrap(), Some(vec![1, 2]));
    let body = serde_json::to_string(&Flat::<()>::success(())).unwrap();
    assert_eq!(
        serde_json::from_str::<Flat<()>>(&body).unwrap(),
        Flat::success(())
    );
    let body = serde_json::to_string(&Flat::<()>::ok()).unwrap();
    assert_eq!(body, r#"{"errcode":0,"errmsg":"ok"}"#);
    assert_eq!(serde_json::from_str::<Flat<()>>(&body).unwrap(), Flat::ok());
}

#[test]
fn flattened_fields_around_the_code_and_message_are_kept() {
    for body in [
        r#"{"a":1,"errcode":40013,"errmsg":"x"}"#,
        r#"{"errcode":40013,"a":1,"errmsg":"x"}"#,
        r#"{"errcode":40013,"errmsg":"x","a":1}"#,
        r#"{ "errmsg" : "x" , "a" : 1 , "errcode" : "40013" }"#,
        r#"{"errcode":40013,"errmsg":"x","data":{"a":1}}"#,
    ] {
        let back: Flat = serde_json::from_str(body).unwrap();
        let Envelope::Failure(Failure::Known {
            error,
            message,
            detail,
        }) = back
        else {
            panic!("{body}: {back:?}")
        };
        assert_eq!((error, message.as_ref()), (WeChatError::InvalidAppId, "x"));
        assert_eq!(
            detail.unwrap().to_value().unwrap(),
            json!({"a": 1}),
            "{body}"
        );
    }
    // Escaped quotes in keys and messages, and a body without a code.
    let body = r#"{"k\"ey":"v\\","errmsg":"say \"hi\"","errcode":40013}"#;
    let back: Flat = serde_json::from_str(body).unwrap();
    assert_eq!(back.message(), r#"say "hi""#);
    let Envelope::Failure(failure) = back else {
        panic!()
    };
    assert_eq!(
        failure.detail().unwrap().to_value().unwrap(),
        json!({"k\"ey": "v\\"})
    );
    let back: Flat = serde_json::from_str(r#"{"access_token":"t"}"#).unwrap();
    assert_eq!(
        back.into_result().unwrap(),
        Some(json!({"access_token": "t"}))
    );
    // A field twice, and a body that is no object, are errors.
    assert!(serde_json::from_str::<Flat>(r#"{"errcode":1,"errcode":2}"#).is_err());
    assert!(serde_json::from_str::<Flat>("[1]").is_err());
}

/// Naming the default fields is the default form: `data: null` included.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorCatalog)]
#[catalog(envelope(code = "code", message = "message"))]
enum Named {
    /// Busy.
    #[code(1)]
    Busy,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorCatalog)]
enum Unnamed {
    /// Busy.
    #[code(1)]
    Busy,
}

#[test]
fn naming_the_default_fields_changes_nothing() {
    assert_eq!(Named::ENVELOPE, Unnamed::ENVELOPE);
    let named = serde_json::to_string(&Envelope::<Named>::error(Named::Busy)).unwrap();
    let unnamed = serde_json::to_string(&Envelope::<Unnamed>::error(Unnamed::Busy)).unwrap();
    assert_eq!(named, unnamed);
    assert_eq!(named, r#"{"code":1,"message":"Busy.","data":null}"#);
}

#[test]
fn details_too_deep_to_read_compare_by_their_text() {
    let deep = |leaf: &str| format!("{}{leaf}{}", "[".repeat(200), "]".repeat(200));
    let parse = |text: String| -> Detail {
        let body = format!(r#"{{"code":1,"message":"x","data":{text}}}"#);
        let Envelope::Failure(failure) = serde_json::from_str::<Envelope<Unnamed>>(&body).unwrap()
        else {
            panic!()
        };
        failure.detail().unwrap().clone()
    };
    let (one, two) = (parse(deep("1")), parse(deep("2")));
    assert!(one.to_value().is_err());
    assert_ne!(one, two);
    assert_eq!(one, parse(deep("1")));
    let spaced = parse(deep(" 1 ").replace("[[", "[ ["));
    assert_eq!(one, spaced);
}

/// The data's name written twice is refused in every mode, as the default
/// envelope refuses it: whether a body nests its data hangs on it, and
/// `JSON.parse` and Python keep the last of two. Another name twice reads
/// as they read it: the last wins.
#[test]
fn the_data_twice_is_refused_in_every_mode() {
    for body in [
        r#"{"errcode":0,"errmsg":"ok","data":1,"data":2}"#,
        r#"{"errcode":40013,"errmsg":"x","data":{"a":1},"data":2}"#,
    ] {
        let error = serde_json::from_str::<Flat>(body).unwrap_err();
        assert!(
            error.to_string().contains("duplicate field `data`"),
            "{body}: {error}"
        );
    }
    let body = r#"{"code":1,"message":"Busy.","data":1,"data":2}"#;
    assert!(serde_json::from_str::<Envelope<Unnamed, Value>>(body).is_err());
    // Another name twice: the last, as `JSON.parse` reads it.
    let body = r#"{"errcode":0,"access_token":"a","access_token":"b"}"#;
    let read: Flat = serde_json::from_str(body).unwrap();
    assert_eq!(
        read.into_result().unwrap(),
        Some(json!({"access_token": "b"}))
    );
    // Different names stay fine.
    let body = r#"{"errcode":0,"errmsg":"ok","data":1,"datum":2}"#;
    let read: Flat = serde_json::from_str(body).unwrap();
    assert_eq!(
        read.into_result().unwrap(),
        Some(json!({"data": 1, "datum": 2}))
    );
}

/// WeChat's form with a data variant.
#[derive(Debug, Clone, PartialEq, Eq, ErrorCatalog)]
#[catalog(envelope(code = "errcode", message = "errmsg", flatten))]
enum QuotaError {
    /// ok
    #[code(0, success)]
    Ok,
    /// Quota exceeded.
    #[code(45009, data)]
    Quota { rid: String },
}

/// A data field sent twice reads as JSON readers read it, the last one,
/// and what is written back reads back equal (found by the `envelope`
/// fuzz target: the first was read, the last written).
#[test]
fn a_data_field_sent_twice_reads_as_the_last() {
    let body = r#"{"errcode":45009,"emsg":"quota","rid":"6123ta","rid":""}"#;
    let read: Envelope<QuotaError> = serde_json::from_str(body).unwrap();
    let Envelope::Failure(Failure::Known { error, .. }) = &read else {
        panic!("{read:?}");
    };
    assert_eq!(*error, QuotaError::Quota { rid: String::new() });
    let written = serde_json::to_string(&read).unwrap();
    let again: Envelope<QuotaError> = serde_json::from_str(&written).unwrap();
    assert_eq!(again, read, "{written}");
}
