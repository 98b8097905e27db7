import type { Catalogue } from "../catalogues";
import type { en } from "./en";

// Russian: complete (the type requires every key of the English catalogue).
export const ru: Catalogue<typeof en> = {
  meta: {
    siteName: "Placard",
    tagline: "Кампании солидарности: подписать, написать, выйти на пикет.",
  },
  nav: {
    skipToContent: "Перейти к содержанию",
    campaigns: "Кампании",
    news: "Новости",
    organise: "Организаторам",
    signIn: "Войти",
    signOut: "Выйти",
    language: "Язык",
    mainNavigation: "Основная навигация",
  },
  footer: {
    about: "Placard — свободная программа для кампаний солидарности.",
    privacy: "Мы храним о вас как можно меньше и удаляем данные по окончании кампании.",
    feed: "Лента новостей (Atom)",
  },
  errors: {
    notFoundTitle: "Страница не найдена",
    notFoundBody: "По этому адресу ничего нет. Возможно, страница переехала или кампания завершилась.",
    backHome: "На главную",
    genericTitle: "Что-то пошло не так",
    genericBody: "Ваши данные в сохранности. Попробуйте ещё раз чуть позже.",
  },
};
