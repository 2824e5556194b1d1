#pragma once
// What every harness needs: the built-in catalog and areas, loaded once.

#include "catalog.h"
#include "entity.h"

#include <cstdlib>

namespace ioc::fuzz {

inline const Catalog &catalog()
{
    static const Catalog c = [] {
        QVector<CatalogError> errors;
        Catalog loaded = Catalog::builtIn(&errors);
        if (!loaded.isValid())
            std::abort();
        return loaded;
    }();
    return c;
}

inline const EntityRegistry &entities()
{
    static const EntityRegistry e = [] {
        QString error;
        EntityRegistry loaded = EntityRegistry::builtIn(&error);
        if (!loaded.isValid())
            std::abort();
        return loaded;
    }();
    return e;
}

} // namespace ioc::fuzz
