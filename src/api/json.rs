//! JSON in and out without serde. Each answer type reads itself field by field from a pull
//! [`Reader`]; request bodies are written with [`Object`]. serde's derives compiled a visitor,
//! a field matcher and a sequence reader per type, instantiated for serde_json's deserializer,
//! in every chunk that decodes anything; here the reader's loops exist once and a type costs a
//! `match` on its field names.
//!
//! Leniency follows the gateway: `null` reads as the empty value (empty text, empty list,
//! `false`, no fields), unknown fields are skipped, and a missing field is empty unless the type
//! says it is required.

use std::borrow::Cow;

mod write;
pub use write::Object;

/// Why a text is not the JSON a type expects, with the byte offset where that was found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error(pub String);

pub type Result<T> = std::result::Result<T, Error>;

/// A type read from JSON.
pub trait Decode: Sized {
    fn decode(r: &mut Reader) -> Result<Self>;
}

/// Reads a whole text as `T`; anything but white space after the value is an error.
pub fn from_str<T: Decode>(text: &str) -> Result<T> {
    let mut r = Reader::new(text);
    let value = T::decode(&mut r)?;
    r.end().map(|()| value)
}

/// The member `name` of an object text (`None` when absent or `null`), for answers read for
/// one field.
pub fn member<T: Decode>(text: &str, name: &str) -> Result<Option<T>> {
    let mut r = Reader::new(text);
    let mut value = None;
    r.object(&mut |r, field| {
        match field == name {
            true => value = r.read()?,
            false => r.skip()?,
        }
        Ok(())
    })?;
    r.end().map(|()| value)
}

/// A required field's value, or the error naming it.
pub fn need<T>(value: Option<T>, field: &str) -> Result<T> {
    value.ok_or_else(|| Error(format!("missing field `{field}`")))
}

/// A cursor over JSON text. Values are read in document order; what a type does not want it
/// passes to [`Reader::skip`].
pub struct Reader<'a> {
    text: &'a str,
    at: usize,
}

impl<'a> Reader<'a> {
    pub fn new(text: &'a str) -> Self {
        Self { text, at: 0 }
    }

    fn error(&self, what: &str) -> Error {
        Error(format!("{what} at byte {}", self.at))
    }

    fn end(&mut self) -> Result<()> {
        self.white();
        match self.at < self.text.len() {
            true => Err(self.error("trailing characters")),
            false => Ok(()),
        }
    }

    fn white(&mut self) {
        let b = self.text.as_bytes();
        while self.at < b.len() && matches!(b[self.at], b' ' | b'\n' | b'\r' | b'\t') {
            self.at += 1;
        }
    }

    /// The next value's first byte, after white space.
    pub fn peek(&mut self) -> Option<u8> {
        self.white();
        self.text.as_bytes().get(self.at).copied()
    }

    fn eat(&mut self, byte: u8) -> Result<()> {
        match self.peek() == Some(byte) {
            true => {
                self.at += 1;
                Ok(())
            }
            false => Err(self.error(&format!("expected `{}`", byte as char))),
        }
    }

    fn word(&mut self, word: &str) -> bool {
        self.white();
        let hit = self.text[self.at..].starts_with(word);
        if hit {
            self.at += word.len();
        }
        hit
    }

    /// Consumes a `null` if that is what comes next.
    pub fn null(&mut self) -> bool {
        self.word("null")
    }

    /// A string (or `null`, read as empty).
    pub fn string(&mut self) -> Result<String> {
        match self.null() {
            true => Ok(String::new()),
            false => self.text().map(Cow::into_owned),
        }
    }

    fn text(&mut self) -> Result<Cow<'a, str>> {
        self.eat(b'"')?;
        let b = self.text.as_bytes();
        let start = self.at;
        while self.at < b.len() && b[self.at] != b'"' && b[self.at] != b'\\' {
            self.at += 1;
        }
        if b.get(self.at) == Some(&b'"') {
            self.at += 1;
            return Ok(Cow::Borrowed(&self.text[start..self.at - 1]));
        }
        let mut out = self.text[start..self.at].to_string();
        loop {
            let Some(&c) = b.get(self.at) else {
                return Err(self.error("unterminated string"));
            };
            self.at += 1;
            match c {
                b'"' => return Ok(Cow::Owned(out)),
                b'\\' => out.push(self.escape()?),
                _ => {
                    // Copy the run up to the next quote or escape at once (UTF-8 stays whole).
                    let from = self.at - 1;
                    while self.at < b.len() && b[self.at] != b'"' && b[self.at] != b'\\' {
                        self.at += 1;
                    }
                    out.push_str(&self.text[from..self.at]);
                }
            }
        }
    }

    fn escape(&mut self) -> Result<char> {
        let Some(&c) = self.text.as_bytes().get(self.at) else {
            return Err(self.error("unterminated escape"));
        };
        self.at += 1;
        Ok(match c {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => {
                let high = self.hex4()?;
                let pair =
                    (0xD800..0xDC00).contains(&high) && self.text[self.at..].starts_with("\\u");
                if pair {
                    self.at += 2;
                }
                let code = match pair {
                    true => match self.hex4()? {
                        low @ 0xDC00..=0xDFFF => 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00),
                        _ => u32::MAX,
                    },
                    false => high,
                };
                char::from_u32(code).unwrap_or(char::REPLACEMENT_CHARACTER)
            }
            _ => return Err(self.error("bad escape")),
        })
    }

    fn hex4(&mut self) -> Result<u32> {
        let digits = self.text.get(self.at..self.at + 4);
        let code = digits.and_then(|d| u32::from_str_radix(d, 16).ok());
        self.at += 4;
        code.ok_or_else(|| self.error("bad \\u escape"))
    }

    /// `true` or `false` (`null` reads as `false`).
    pub fn bool(&mut self) -> Result<bool> {
        if self.word("true") {
            return Ok(true);
        }
        match self.word("false") || self.null() {
            true => Ok(false),
            false => Err(self.error("expected a boolean")),
        }
    }

    /// A number's text as written.
    fn number(&mut self) -> Result<&'a str> {
        self.white();
        let b = self.text.as_bytes();
        let start = self.at;
        while self.at < b.len()
            && matches!(b[self.at], b'-' | b'+' | b'.' | b'e' | b'E' | b'0'..=b'9')
        {
            self.at += 1;
        }
        match self.at > start {
            true => Ok(&self.text[start..self.at]),
            false => Err(self.error("expected a number")),
        }
    }

    /// A whole number (`null` reads as 0). A fraction or a value out of range is an error.
    pub fn int(&mut self) -> Result<i64> {
        if self.null() {
            return Ok(0);
        }
        let n = self.number()?;
        n.parse().map_err(|_| self.error("expected a whole number"))
    }

    /// A whole number that must fit `T` (`null` reads as 0).
    pub fn whole<T: TryFrom<i64>>(&mut self) -> Result<T> {
        let n = self.int()?;
        T::try_from(n).map_err(|_| self.error("number out of range"))
    }

    /// A number as text, whole or not, or a string kept as it is (ports come both ways);
    /// `null` reads as empty.
    pub fn number_or_string(&mut self) -> Result<String> {
        match self.peek() {
            Some(b'"') | Some(b'n') => self.string(),
            _ => self.number().map(str::to_string),
        }
    }

    /// Calls `field` with each member's name, positioned at its value, which `field` must read
    /// or skip. `null` has no members.
    pub fn object(&mut self, field: &mut dyn FnMut(&mut Self, &str) -> Result<()>) -> Result<()> {
        if self.null() {
            return Ok(());
        }
        self.eat(b'{')?;
        if self.peek() == Some(b'}') {
            self.at += 1;
            return Ok(());
        }
        loop {
            let name = self.text()?;
            self.eat(b':')?;
            field(self, &name)?;
            match self.peek() {
                Some(b',') => self.at += 1,
                Some(b'}') => {
                    self.at += 1;
                    return Ok(());
                }
                _ => return Err(self.error("expected `,` or `}`")),
            }
        }
    }

    /// Calls `item` positioned at each element, which `item` must read or skip. `null` has
    /// none.
    pub fn array(&mut self, item: &mut dyn FnMut(&mut Self) -> Result<()>) -> Result<()> {
        if self.null() {
            return Ok(());
        }
        self.eat(b'[')?;
        if self.peek() == Some(b']') {
            self.at += 1;
            return Ok(());
        }
        loop {
            item(self)?;
            match self.peek() {
                Some(b',') => self.at += 1,
                Some(b']') => {
                    self.at += 1;
                    return Ok(());
                }
                _ => return Err(self.error("expected `,` or `]`")),
            }
        }
    }

    /// Passes over one value of any kind, checking it is well formed.
    pub fn skip(&mut self) -> Result<()> {
        match self.peek() {
            Some(b'{') => self.object(&mut |r, _| r.skip()),
            Some(b'[') => self.array(&mut |r| r.skip()),
            Some(b'"') => self.text().map(drop),
            Some(b't' | b'f' | b'n') => self.bool().map(drop),
            _ => self.number().map(drop),
        }
    }

    /// Reads a value of any type that decodes itself.
    pub fn read<T: Decode>(&mut self) -> Result<T> {
        T::decode(self)
    }
}

impl Decode for String {
    fn decode(r: &mut Reader) -> Result<Self> {
        r.string()
    }
}

impl Decode for bool {
    fn decode(r: &mut Reader) -> Result<Self> {
        r.bool()
    }
}

impl Decode for i64 {
    fn decode(r: &mut Reader) -> Result<Self> {
        r.int()
    }
}

/// `null` is `None`; anything else is the value.
impl<T: Decode> Decode for Option<T> {
    fn decode(r: &mut Reader) -> Result<Self> {
        match r.null() {
            true => Ok(None),
            false => T::decode(r).map(Some),
        }
    }
}

/// `null` is the empty list, as the gateway sends for "none".
impl<T: Decode> Decode for Vec<T> {
    fn decode(r: &mut Reader) -> Result<Self> {
        let mut out = Vec::new();
        r.array(&mut |r| {
            out.push(T::decode(r)?);
            Ok(())
        })?;
        Ok(out)
    }
}

#[cfg(test)]
mod tests;
