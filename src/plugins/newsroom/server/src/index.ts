import config from './config';
import register from './register';
import bootstrap from './bootstrap';
import contentTypes from './content-types';
import controllers from './controllers';
import routes from './routes';
import services from './services';

export default {
  config,
  register,
  bootstrap,
  contentTypes,
  controllers,
  routes,
  services,
};
