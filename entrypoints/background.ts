import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { handleRequest } from '../lib/messaging/handler';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message, sender) => {
    // Only our own content scripts and pages may ask; web pages cannot reach runtime.onMessage,
    // but other extensions' ids are rejected here too.
    if (sender.id !== browser.runtime.id) return undefined;
    return handleRequest(message);
  });
});
