"""The example server's reference page (`/errors`), in a real browser.

Debian's Chromium and chromedriver, driven by Selenium, load the page the
example server serves and check what a reader does with it:

- every code of the catalogue (`/errors.json`, the JSON export) has its row,
  whose `id` is the code, with its message;
- typing a code in the search box leaves only rows that hold it;
- `/errors#CODE` scrolls to the code's row;
- the language switch shows each translated message in the language picked;
- the page loads nothing else (no external asset), also opened from a file;
- axe-core (npm), run in the page, finds no accessibility violation.

Nothing reaches the network: Selenium Manager stays offline
(SE_OFFLINE=true, set by `.ci/run`), the driver is Debian's chromedriver,
and Chromium runs without its background connections.

Usage: reference_page.py BASE_URL AXE_JS SCREENSHOT
"""

import json
import os
import sys
import tempfile
import urllib.request

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

BASE, AXE, SCREENSHOT = sys.argv[1:4]


def browser():
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for flag in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1280,900",
        "--user-data-dir=" + tempfile.mkdtemp(),
    ):
        options.add_argument(flag)
    return webdriver.Chrome(options=options, service=Service("/usr/bin/chromedriver"))


def rows_shown(driver):
    rows = driver.find_elements(By.CSS_SELECTOR, "tbody tr")
    return [row for row in rows if row.is_displayed()]


def check_rows(driver, catalogue):
    for entry in catalogue["entries"]:
        code = str(entry["code"])
        row = driver.find_element(By.ID, code)
        assert row.tag_name == "tr", f"#{code} is a {row.tag_name}, not a row"
        assert row.find_element(By.CSS_SELECTOR, "a").text == code, code
        text = row.get_attribute("textContent")
        assert entry["message"] in text, f"row {code} lacks its message {entry['message']!r}"
    rows = driver.find_elements(By.CSS_SELECTOR, "tbody tr")
    assert len(rows) == len(catalogue["entries"]), (len(rows), len(catalogue["entries"]))
    return len(rows)


def check_search(driver, code, total):
    search = driver.find_element(By.ID, "search")
    search.send_keys(code)
    shown = rows_shown(driver)
    assert shown, f"searching {code} left no row"
    assert all(code in row.text for row in shown), [row.text for row in shown]
    assert len(shown) < total, "the search hid nothing"
    status = driver.find_element(By.ID, "shown").text
    assert status == f"{len(shown)} of {total} codes", status
    search.clear()
    search.send_keys(" ")  # an input event with an empty query
    assert len(rows_shown(driver)) == total


def check_anchor(driver, code):
    driver.get(f"{BASE}/errors#{code}")
    top, height = driver.execute_script(
        "var r = document.getElementById(arguments[0]).getBoundingClientRect();"
        "return [r.top, window.innerHeight];",
        code,
    )
    assert -1 <= top < height, f"#{code} is at {top}, outside the window of {height}"
    assert driver.execute_script("return window.scrollY") > 0, "the page did not scroll"


def check_languages(driver, catalogue):
    translated = [
        e
        for e in catalogue["entries"]
        if e.get("translations") and e["message"] not in "".join(e["translations"].values())
    ]
    assert translated, "the catalogue has no translation to switch to"
    entry = translated[0]
    code = str(entry["code"])
    for tag, message in entry["translations"].items():
        Select(driver.find_element(By.ID, "language")).select_by_value(tag)
        assert driver.find_element(By.TAG_NAME, "html").get_attribute("lang") == tag
        cell = driver.find_element(By.ID, code).find_elements(By.TAG_NAME, "td")
        assert any(message in c.text for c in cell), (tag, [c.text for c in cell])
        assert not any(entry["message"] in c.text for c in cell), tag
    Select(driver.find_element(By.ID, "language")).select_by_value("")
    cell = driver.find_element(By.ID, code).find_elements(By.TAG_NAME, "td")
    assert any(entry["message"] in c.text for c in cell)


def check_self_contained(driver, page):
    loaded = driver.execute_script("return performance.getEntriesByType('resource').length")
    assert loaded == 0, f"the page loaded {loaded} other resources"
    with tempfile.NamedTemporaryFile("wb", suffix=".html", delete=False) as file:
        file.write(page)
    driver.get("file://" + file.name)
    assert driver.find_elements(By.CSS_SELECTOR, "tbody tr"), "the page from a file has no rows"
    os.unlink(file.name)


def check_accessible(driver):
    driver.execute_script(open(AXE, encoding="utf-8").read())
    result = driver.execute_async_script(
        "var done = arguments[arguments.length - 1];"
        "axe.run(document).then(function (r) { done(r); }, function (e) { done({error: String(e)}); });"
    )
    assert "error" not in result, result
    violations = [
        (v["id"], v["impact"], [node["target"] for node in v["nodes"]][:3])
        for v in result["violations"]
    ]
    assert not violations, json.dumps(violations, indent=2)
    return len(result["passes"])


def main():
    catalogue = json.load(urllib.request.urlopen(f"{BASE}/errors.json"))
    page = urllib.request.urlopen(f"{BASE}/errors").read()
    errors = [e for e in catalogue["entries"] if not e.get("success")]
    code = str(errors[-1]["code"])
    driver = browser()
    try:
        driver.get(f"{BASE}/errors")
        total = check_rows(driver, catalogue)
        check_search(driver, code, total)
        check_languages(driver, catalogue)
        passes = check_accessible(driver)
        check_anchor(driver, code)
        driver.save_screenshot(SCREENSHOT)
        check_self_contained(driver, page)
    finally:
        driver.quit()
    print(
        f"reference page: {total} codes, each with its row; search, #{code}, "
        f"the language switch and {passes} axe-core rules passed, no violation"
    )


main()
