//! A headless Chromium driven over WebDriver (Debian's `chromium` and `chromium-driver`), with
//! a client of a few lines over a TCP stream: open a page, move the pointer, press keys, read
//! elements' text back.
#![allow(dead_code)] // each test binary uses its own part

use serde_json::{Value, json};
use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

const DRIVER: &str = "/usr/bin/chromedriver";
const BROWSER: &str = "/usr/bin/chromium";

/// Whether the browser tests must run: CI installs the browser and asks for them.
pub fn required() -> bool {
    std::env::var("SYNCSCOPE_REQUIRE_BROWSER").is_ok_and(|v| v == "1")
}

pub fn available() -> bool {
    std::path::Path::new(DRIVER).exists() && std::path::Path::new(BROWSER).exists()
}

/// One browser at a time: two on a small machine starve each other's start.
static ONE_AT_A_TIME: std::sync::Mutex<()> = std::sync::Mutex::new(());

pub struct Browser {
    _turn: std::sync::MutexGuard<'static, ()>,
    driver: Child,
    port: u16,
    session: String,
}

impl Browser {
    /// A headless browser window of `width`x`height` pixels.
    pub fn start(width: u32, height: u32) -> Browser {
        // A free port: bound, then given to the driver.
        let port = TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .expect("a free port")
            .port();
        let turn = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
        let driver = Command::new(DRIVER)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("chromedriver starts");
        let mut browser = Browser {
            _turn: turn,
            driver,
            port,
            session: String::new(),
        };
        let start = Instant::now();
        while TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(
                start.elapsed() < Duration::from_secs(30),
                "chromedriver never listened"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
        let args = [
            "--headless=new".to_string(),
            "--no-sandbox".to_string(),
            "--disable-gpu".to_string(),
            format!("--window-size={width},{height}"),
        ];
        let caps = json!({ "capabilities": { "alwaysMatch": {
            "goog:chromeOptions": { "binary": BROWSER, "args": args }
        }}});
        // A driver that listens may not answer yet: ask again for a while.
        let start = Instant::now();
        let answer = loop {
            match browser.request("POST", "/session", &caps) {
                Some(answer) if answer["value"]["sessionId"].is_string() => {
                    break answer["value"].clone();
                }
                _ if start.elapsed() < Duration::from_secs(30) => {
                    std::thread::sleep(Duration::from_millis(200));
                }
                other => panic!("POST /session: chromedriver gave no session: {other:?}"),
            }
        };
        browser.session = answer["sessionId"]
            .as_str()
            .expect("a session id")
            .to_string();
        browser
    }

    /// One request and its answer's `value`; `None` when the driver could not be asked.
    fn request(&self, method: &str, path: &str, body: &Value) -> Option<Value> {
        let body = body.to_string();
        let mut stream = TcpStream::connect(("127.0.0.1", self.port)).ok()?;
        stream
            .set_read_timeout(Some(Duration::from_secs(60)))
            .ok()?;
        let request = format!(
            "{method} {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n\
             Content-Length: {}\r\nConnection: close\r\n\r\n{body}",
            body.len()
        );
        stream.write_all(request.as_bytes()).ok()?;
        // The driver may keep the connection open: read the head, then its Content-Length.
        let mut answer = Vec::new();
        let mut byte = [0u8; 1];
        while !answer.ends_with(b"\r\n\r\n") {
            stream.read_exact(&mut byte).ok()?;
            answer.push(byte[0]);
        }
        let head = String::from_utf8_lossy(&answer).to_ascii_lowercase();
        let length: usize = head
            .lines()
            .find_map(|l| l.strip_prefix("content-length:"))
            .and_then(|n| n.trim().parse().ok())?;
        let mut body = vec![0u8; length];
        stream.read_exact(&mut body).ok()?;
        serde_json::from_slice::<Value>(&body).ok()
    }

    fn call(&self, method: &str, path: &str, body: &Value) -> Value {
        let answer = self
            .request(method, path, body)
            .unwrap_or_else(|| panic!("{method} {path}: no answer from chromedriver"));
        let value = answer.get("value").cloned().unwrap_or(Value::Null);
        assert!(value["error"].is_null(), "{method} {path}: {value}");
        value
    }

    fn session_call(&self, method: &str, path: &str, body: &Value) -> Value {
        self.call(method, &format!("/session/{}{path}", self.session), body)
    }

    pub fn open(&self, url: &str) {
        self.session_call("POST", "/url", &json!({ "url": url }));
    }

    /// What a script returns.
    pub fn eval(&self, script: &str) -> Value {
        self.session_call(
            "POST",
            "/execute/sync",
            &json!({ "script": script, "args": [] }),
        )
    }

    /// An element's text as the page shows it.
    pub fn text(&self, id: &str) -> String {
        let script = format!("return document.getElementById('{id}').textContent;");
        self.eval(&script).as_str().unwrap_or_default().to_string()
    }

    /// Presses the pointer at `from` on element `id` (pixels from its centre), drags it to
    /// `to` and lets go.
    pub fn drag(&self, id: &str, from: (i64, i64), to: (i64, i64)) {
        let element = self.session_call(
            "POST",
            "/element",
            &json!({ "using": "css selector", "value": format!("#{id}") }),
        );
        let key = "element-6066-11e4-a52e-4f735466cecf";
        let origin = json!({ key: element[key] });
        let actions = json!({ "actions": [{
            "type": "pointer", "id": "mouse", "parameters": { "pointerType": "mouse" },
            "actions": [
                { "type": "pointerMove", "origin": origin, "x": from.0, "y": from.1 },
                { "type": "pointerDown", "button": 0 },
                { "type": "pointerMove", "origin": origin, "x": to.0, "y": to.1, "duration": 100 },
                { "type": "pointerUp", "button": 0 }
            ]
        }]});
        self.session_call("POST", "/actions", &actions);
    }

    /// Types `keys` (WebDriver's key values: "\u{E014}" is the right arrow).
    pub fn keys(&self, keys: &str) {
        let mut actions = Vec::new();
        for c in keys.chars() {
            actions.push(json!({ "type": "keyDown", "value": c.to_string() }));
            actions.push(json!({ "type": "keyUp", "value": c.to_string() }));
        }
        let body = json!({ "actions": [{ "type": "key", "id": "keyboard", "actions": actions }] });
        self.session_call("POST", "/actions", &body);
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        if !self.session.is_empty() {
            let path = format!("/session/{}", self.session);
            let _ = self.request("DELETE", &path, &Value::Null);
        }
        let _ = self.driver.kill();
        let _ = self.driver.wait();
    }
}
