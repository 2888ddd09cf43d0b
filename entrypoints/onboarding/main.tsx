/** The onboarding page (unlisted), opened by the background after a new install. */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import '../../components/extension-page.css';
import { Onboarding } from '../../components/Onboarding';
import { NEWS_SITES } from '../../lib/sites';

const root = document.getElementById('app');
if (!root) throw new Error('onboarding.html has no #app');
render(<Onboarding sites={NEWS_SITES} optionsUrl={browser.runtime.getURL('/options.html')} />, root);
