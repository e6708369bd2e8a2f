import { render } from 'preact';
import { Popup } from './popup';
import { t, uiLanguage } from '../ui/i18n';
import '../ui/base.css';
import './popup.css';

document.documentElement.lang = uiLanguage();
document.title = t('popupTitle');
render(<Popup />, document.getElementById('app')!);
