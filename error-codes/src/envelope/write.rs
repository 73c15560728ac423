//! Writing an envelope with serde: the fields in the catalogue's names,
//! or flattened (`flatten.rs`).

use serde::Serialize;
use serde::ser::{SerializeStruct, Serializer};

use super::shaped::Body as Said;
use super::{DEFAULT_SUCCESS_CODE, Envelope, Failure, flatten, success_of};
use crate::ErrorCatalog;

impl<C: ErrorCatalog, T: Serialize> Serialize for Envelope<C, T> {
    #[inline]
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            // An errors-only catalogue's success: the bare body.
            Self::Success { data, .. } if C::ERRORS_ONLY => data.serialize(serializer),
            Self::Success { message, data } => write(
                serializer,
                Said {
                    fields: C::ENVELOPE,
                    entry: C::success(),
                    failure: false,
                    code: success_of::<C>().map_or(DEFAULT_SUCCESS_CODE, |(code, _)| code),
                    symbol: None,
                    message,
                    data: data.as_ref(),
                },
            ),
            Self::Failure(failure) => failure.serialize(serializer),
        }
    }
}

impl<C: ErrorCatalog> Serialize for Failure<C> {
    /// The failure as an envelope.
    #[inline]
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let shaped = !C::ENVELOPE.shape.is_plain();
        write(
            serializer,
            Said {
                fields: C::ENVELOPE,
                // Only a shape writes the entry's facts or the symbol: the
                // plain form looks nothing up.
                entry: shaped.then(|| self.entry()).flatten(),
                failure: true,
                code: self.code(),
                symbol: shaped.then(|| self.symbol()).flatten(),
                message: self.message(),
                data: self.detail(),
            },
        )
    }
}

/// A failure's envelope from its parts, as [`Failure`] writes it: the
/// axum middleware `axum::localize` writes it again in another language,
/// and the Markdown page shows one.
pub(crate) struct Written<'a> {
    pub fields: super::FieldNames,
    /// The entry of the code, for the facts a shape writes.
    pub entry: Option<&'static crate::Entry>,
    pub code: i64,
    pub message: &'a str,
    pub detail: Option<&'a super::Detail>,
}

impl Serialize for Written<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        write(
            serializer,
            Said {
                fields: self.fields,
                entry: self.entry,
                failure: true,
                code: self.code,
                symbol: None,
                message: self.message,
                data: self.detail,
            },
        )
    }
}

#[inline]
fn write<S: Serializer, D: Serialize>(serializer: S, said: Said<'_, D>) -> Result<S::Ok, S::Error> {
    let Said {
        fields,
        code,
        message,
        data,
        ..
    } = said;
    if !fields.shape.is_plain() {
        return said.serialize(serializer);
    }
    if let Some(data) = data.filter(|_| fields.flatten) {
        return flatten::write(serializer, fields, code, message, data);
    }
    let with_data = data.is_some() || fields.null_data;
    let mut envelope = serializer.serialize_struct("Envelope", 2 + usize::from(with_data))?;
    envelope.serialize_field(fields.code, &code)?;
    envelope.serialize_field(fields.message, message)?;
    if with_data {
        envelope.serialize_field(fields.data, &data)?;
    } else {
        envelope.skip_field(fields.data)?;
    }
    envelope.end()
}
