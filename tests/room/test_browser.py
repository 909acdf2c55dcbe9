"""The participant page in a real browser: Debian's chromium and chromium-driver with Selenium,
headless, on 127.0.0.1 only (nothing is downloaded)."""
from __future__ import annotations

import shutil
import time

import pytest

from facilitator.ops import voting as ballots

CHROMIUM = shutil.which("chromium")
DRIVER = shutil.which("chromedriver")
pytestmark = pytest.mark.skipif(not (CHROMIUM and DRIVER),
                                reason="Debian's chromium and chromium-driver are not installed")


@pytest.fixture
def browser():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    opts = webdriver.ChromeOptions()
    opts.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--disable-extensions", "--lang=fr-CA",
                "--window-size=412,900"):
        opts.add_argument(arg)
    driver = webdriver.Chrome(service=Service(DRIVER), options=opts)
    driver.set_page_load_timeout(30)
    yield driver
    driver.quit()


def wait_for(fn, timeout=15):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        value = fn()
        if value:
            return value
        time.sleep(0.1)
    raise AssertionError("the page never showed it")


def by_id(driver, name):
    from selenium.webdriver.common.by import By

    return driver.find_element(By.ID, name)


def test_join_by_url_and_send_an_idea_that_reaches_the_file(room, browser):
    server, engine, rnd, ideas = room
    browser.get(server.url)
    wait_for(lambda: by_id(browser, "session").text == "Forum régional")
    assert browser.find_element("css selector", "html").get_attribute("lang") == "fr"
    by_id(browser, "idea-text").send_keys("Navette vers l'hôpital")
    by_id(browser, "idea-send").click()
    wait_for(lambda: "envoyée" in by_id(browser, "idea-status").text)
    texts = engine.read(lambda s: [i.text for i in s.ideas.list()]).result(10)
    assert "Navette vers l'hôpital" in texts


def test_a_vote_over_budget_is_refused_with_the_laptops_sentence(room, browser):
    server, engine, rnd, ideas = room
    browser.get(server.url)
    wait_for(lambda: len(browser.find_elements("css selector", "#candidates li")) == 3)
    rows = browser.find_elements("css selector", "#candidates li")
    plus = [r.find_elements("css selector", "button")[1] for r in rows]
    for button in (plus[0], plus[0], plus[1], plus[1]):      # 4 dots, the budget is 3
        button.click()
    by_id(browser, "vote-send").click()
    status = wait_for(lambda: by_id(browser, "vote-status").text)
    assert "3 permis" in status
    assert engine.read(lambda s: s.voting.votes(rnd)).result(10) == []


def test_vote_then_see_the_results_after_reveal_in_english(room, browser):
    server, engine, rnd, ideas = room
    browser.get(server.url)
    wait_for(lambda: len(browser.find_elements("css selector", "#candidates li")) == 3)
    by_id(browser, "lang-en").click()
    wait_for(lambda: by_id(browser, "vote-send").text == "Vote")
    rows = browser.find_elements("css selector", "#candidates li")
    rows[1].find_elements("css selector", "button")[1].click()
    rows[1].find_elements("css selector", "button")[1].click()
    by_id(browser, "vote-send").click()
    wait_for(lambda: "recorded" in by_id(browser, "vote-status").text)
    assert not by_id(browser, "results-box").is_displayed()
    engine.run(lambda s: ballots.reveal(s, rnd))
    wait_for(lambda: by_id(browser, "results-box").is_displayed())    # pushed, no reload
    first = browser.find_elements("css selector", "#results li")[0].text
    assert first.startswith("1. Transport collectif") and "2 dots" in first
